import { type Region, type RegionTable } from '../shared/validate/regions';
export declare const regionAssetPath: string;
export declare function readRegionAssetText(): string;
export declare function loadRegionTable(): RegionTable;
/** Every region below `parentCode`, depth first (decodes every list on the way). */
export declare function allRegions(table: RegionTable, parentCode?: string): Region[];
