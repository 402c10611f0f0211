/**
 * One validation helper for the public boundary of every measure family: shapes, lengths, finiteness. Messages name
 * the bad value and where it is.
 */
package dev.klaster.core.check;
