// npm run build:regions: writes assets/generated/regions.json and prints its size and counts.
import { relative } from 'node:path';
import { buildRegionAsset, writeRegionAsset } from './regionAsset';

const asset = buildRegionAsset();
const written = writeRegionAsset(asset);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const { provinces, regencies, districts, villages } = asset.counts;

console.log(
  `${relative(process.cwd(), written.path)} from ${asset.source.package} ${asset.source.version}`,
);
console.log(
  `  size: ${written.bytes} bytes raw (${kib(written.bytes)}), ${written.gzipBytes} bytes gzip (${kib(written.gzipBytes)})`,
);
console.log(
  `  regions: ${provinces} provinces, ${regencies} regencies, ${districts} districts, ${villages} villages`,
);
