import { createWriteStream, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';

/** Synthetic dial lists for the benchmark: ~10% duplicates, ~5% blacklisted rows. */
export interface BenchFiles {
  mixed: string;
  plain: string;
  blacklist: string;
  plainSamples: string[];
  oddSamples: string[];
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const spellings: ((m: string) => string)[] = [
  (m) => `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
  (m) => `0086-${m}`,
  (m) => `(+86)${m}`,
  (m) => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
  (m) => [...m].map((d) => FULL_WIDTH_DIGITS[Number(d)]).join(''),
  (m) => `${m.slice(0, 3)}.${m.slice(3, 7)}.${m.slice(7)}`,
  (m) => ` ${m} `,
];

function randomMobile(): string {
  return String(13_000_000_000 + Math.floor(Math.random() * 7_000_000_000));
}

export async function generateBenchFiles(
  dir: string,
  rows: number,
  blacklistSize: number,
  oddShare: number,
): Promise<BenchFiles> {
  const blacklist = Array.from({ length: blacklistSize }, randomMobile);
  const files = {
    mixed: join(dir, 'mixed.csv'),
    plain: join(dir, 'plain.csv'),
    blacklist: join(dir, 'blacklist.txt'),
  };
  writeFileSync(files.blacklist, blacklist.join('\n') + '\n');
  const mixed = createWriteStream(files.mixed);
  const plain = createWriteStream(files.plain);
  const header = 'id,phone,name,note\n';
  mixed.write(header);
  plain.write(header);
  const recent: string[] = [];
  const plainSamples: string[] = [];
  const oddSamples: string[] = [];
  let mixedBatch = '';
  let plainBatch = '';
  for (let i = 1; i <= rows; i++) {
    const r = Math.random();
    const mobile =
      r < 0.05
        ? blacklist[i % blacklistSize]
        : r < 0.15 && recent.length
          ? recent[i % recent.length]
          : randomMobile();
    if (recent.length < 10_000) recent.push(mobile);
    const spelled = Math.random() < oddShare ? spellings[i % spellings.length](mobile) : mobile;
    const samples = spelled === mobile ? plainSamples : oddSamples;
    if (samples.length < 100_000) samples.push(spelled);
    const rest = `客户${i},note ${i % 97}`;
    // Spellings with spaces arrive quoted, as spreadsheets tend to write them.
    const field = spelled.includes(' ') ? `"${spelled}"` : spelled;
    mixedBatch += `${i},${field},${rest}\n`;
    plainBatch += `${i},${mobile},${rest}\n`;
    if (mixedBatch.length > 1 << 20) {
      await write(mixed, mixedBatch);
      await write(plain, plainBatch);
      mixedBatch = plainBatch = '';
    }
  }
  await write(mixed, mixedBatch);
  await write(plain, plainBatch);
  await Promise.all([close(mixed), close(plain)]);
  return { ...files, plainSamples, oddSamples };
}

function write(stream: WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => (stream.write(text) ? resolve() : stream.once('drain', resolve)));
}

function close(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => stream.end(resolve));
}
