import { catalogMessages } from './messages';
import { parsePack, type PackIssue } from './loadPack';
import type { Office, ServiceStandard, StandardPack } from './schema';

export class CatalogError extends Error {
  override name = 'CatalogError';
}

export interface Catalog {
  readonly offices: readonly Office[];
  readonly packs: readonly StandardPack[];
}

export type CatalogResult =
  | { ok: true; catalog: Catalog }
  | { ok: false; message: string; issues: Array<PackIssue & { source: string }> };

/** Validates every pack and builds the catalog; all packs' errors are reported together. */
export function loadCatalog(
  inputs: ReadonlyArray<{ source: string; data: unknown }>,
): CatalogResult {
  const packs: StandardPack[] = [];
  const messages: string[] = [];
  const issues: Array<PackIssue & { source: string }> = [];
  for (const { source, data } of inputs) {
    const result = parsePack(data, source);
    if (result.ok) {
      packs.push(result.pack);
    } else {
      messages.push(result.message);
      issues.push(...result.issues.map((issue) => ({ ...issue, source })));
    }
  }
  const seen = new Set<string>();
  for (const pack of packs) {
    if (seen.has(pack.office.id)) {
      const message = catalogMessages.duplicateOffice(pack.office.id);
      messages.push(message);
      issues.push({ source: pack.office.id, path: 'office.id', where: 'kantor', message });
    }
    seen.add(pack.office.id);
  }
  if (messages.length > 0) return { ok: false, message: messages.join('\n'), issues };
  return { ok: true, catalog: { offices: packs.map((pack) => pack.office), packs } };
}

export function officeById(catalog: Catalog, officeId: string): Office {
  return packOf(catalog, officeId).office;
}

/** Every version of one service, oldest first. */
export function serviceVersions(
  catalog: Catalog,
  officeId: string,
  serviceCode: string,
): ServiceStandard[] {
  const versions = packOf(catalog, officeId)
    .standards.filter((standard) => standard.serviceCode === serviceCode)
    .sort((a, b) => a.version - b.version);
  if (versions.length === 0) {
    throw new CatalogError(catalogMessages.unknownService(officeId, serviceCode));
  }
  return versions;
}

/**
 * The version in force on a date (`YYYY-MM-DD`): the latest effective-from on or
 * before it. A new case takes this version and keeps it for its whole life.
 */
export function standardInForce(
  catalog: Catalog,
  officeId: string,
  serviceCode: string,
  date: string,
): ServiceStandard {
  const inForce = serviceVersions(catalog, officeId, serviceCode)
    .filter((standard) => standard.effectiveFrom <= date)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version)
    .at(-1);
  if (!inForce) throw new CatalogError(catalogMessages.notYetInForce(serviceCode, date));
  return inForce;
}

/** The exact version a case was opened under. */
export function standardVersion(
  catalog: Catalog,
  officeId: string,
  serviceCode: string,
  version: number,
): ServiceStandard {
  const found = serviceVersions(catalog, officeId, serviceCode).find((s) => s.version === version);
  if (!found) throw new CatalogError(catalogMessages.unknownVersion(serviceCode, version));
  return found;
}

/** The services an office offers on a date, one entry per service code (the version in force). */
export function servicesInForce(
  catalog: Catalog,
  officeId: string,
  date: string,
): ServiceStandard[] {
  const codes = [...new Set(packOf(catalog, officeId).standards.map((s) => s.serviceCode))];
  return codes.flatMap((code) => {
    try {
      return [standardInForce(catalog, officeId, code, date)];
    } catch (error) {
      if (error instanceof CatalogError) return [];
      throw error;
    }
  });
}

function packOf(catalog: Catalog, officeId: string): StandardPack {
  const pack = catalog.packs.find((candidate) => candidate.office.id === officeId);
  if (!pack) throw new CatalogError(catalogMessages.unknownOffice(officeId));
  return pack;
}
