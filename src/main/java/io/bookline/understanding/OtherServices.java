package io.bookline.understanding;

import java.util.List;

/**
 * Kinds of service that businesses commonly offer, per language, in {@link Phrases} notation: when
 * a message asks for one of these and the catalog has nothing like it, the business does not offer
 * it ("do you do haircuts?" at a nail studio). Only these words can be said not to be offered, so
 * an ordinary word the catalog lacks is never taken for a service.
 */
final class OtherServices {
  private OtherServices() {}

  static List<String> english() {
    return List.of(
        "haircut*",
        "hair cut|cuts|cutting|colour|colouring|color|coloring|dye|dyeing|removal|extensions",
        "hair",
        "cut and blow dry",
        "blow dry|dries",
        "blowout*",
        "barber*",
        "beard*",
        "shave|shaves|shaving",
        "highlights",
        "balayage",
        "perm|perms",
        "massage*",
        "facial|facials",
        "wax|waxing|waxes",
        "eyebrow*",
        "brows",
        "lash|lashes",
        "eyelash*",
        "threading",
        "tattoo*",
        "piercing*",
        "spray tan*",
        "tanning",
        "makeup",
        "botox",
        "laser*",
        // Nail work a nail studio may not do.
        "acrylic*",
        "polygel",
        "dip powder");
  }

  static List<String> german() {
    return List.of(
        "haarschnitt*",
        "haare schneiden|farben|tonen",
        "haarfarbe*",
        "haarentfernung",
        "haarverlangerung*",
        "friseur*",
        "frisur*",
        "fohnen",
        "dauerwelle*",
        "strahnchen",
        "bart|bartpflege|bartschnitt|bartrasur",
        "rasur",
        "massage*",
        "gesichtsbehandlung*",
        "waxing",
        "wachs*",
        "augenbraue*",
        "wimpern*",
        "tattoo*",
        "tatowierung*",
        "piercing*",
        "kosmetik*",
        "make-up",
        "makeup",
        "botox",
        "laser*",
        "acryl*",
        "polygel",
        "nagelmodellage");
  }

  static List<String> spanish() {
    return List.of(
        "corte|cortes de pelo|cabello",
        "cortar|cortarme|cortarse el pelo|cabello",
        "peinado*",
        "peluqueria*",
        "tinte*",
        "mechas",
        "permanente",
        "barba*",
        "afeitado*",
        "masaje*",
        "facial|faciales",
        "limpieza facial",
        "depilacion*",
        "cera",
        "ceja|cejas",
        "pestana|pestanas",
        "tatuaje*",
        "piercing*",
        "maquillaje*",
        "botox",
        "laser",
        "acrilic*",
        "polygel");
  }
}
