/**
 * Readers that turn published input-output tables into {@link dev.klaster.core.inputoutput.IoTable}s:
 * {@link dev.klaster.io.iotable.BpsIoReader} (BPS layout: numeric or KBLI-letter sector codes, final-demand columns
 * 30xx, primary-input rows 19xx–21xx), {@link dev.klaster.io.iotable.PlainIoReader} (square transactions CSV plus a
 * vectors CSV), {@link dev.klaster.io.iotable.EurostatIoReader} (symmetric tables in the rOpenGov iotables layout)
 * and {@link dev.klaster.io.iotable.MakeUseReader} (supply/use → industry-by-industry under the industry-technology
 * assumption). Bad files raise {@link dev.klaster.core.model.InputDataException} with file, line, column and value.
 */
package dev.klaster.io.iotable;
