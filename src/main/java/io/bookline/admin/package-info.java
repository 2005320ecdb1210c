/** The admin REST API for business owners and operators; bearer-key authentication. */
package io.bookline.admin;
