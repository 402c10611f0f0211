package dev.klaster.workspace;

/** What an OVOP / sentra IKM product is (the groups of the OTOP product registry, adapted to Indonesian IKM). */
public enum ProductCategory { FOOD, BEVERAGE, TEXTILE_GARMENT, HANDICRAFT_DECOR, FURNITURE, HERBAL_COSMETIC, AGRO_RAW, OTHER }
