package io.bookline.admin;

import io.bookline.owner.CustomerAdmin;
import io.bookline.owner.CustomerExport;
import io.javalin.config.RoutesConfig;

/**
 * One customer of the calling business: everything held about them ({@code GET
 * /api/customers/{id}/export}) and erasure ({@code DELETE /api/customers/{id}}; ADR 0032).
 */
public final class CustomerRoutes {
  private final OwnerAuth auth;
  private final CustomerAdmin customers;
  private final CustomerExport export;

  public CustomerRoutes(OwnerAuth auth, CustomerAdmin customers, CustomerExport export) {
    this.auth = auth;
    this.customers = customers;
    this.export = export;
  }

  public void register(RoutesConfig routes) {
    routes.get(
        "/api/customers/{id}/export",
        ctx -> ctx.json(export.of(auth.business(ctx), Paths.id(ctx, "customer"))));
    routes.delete(
        "/api/customers/{id}",
        ctx -> ctx.json(customers.erase(auth.business(ctx), Paths.id(ctx, "customer"))));
  }
}
