// The manifest entry of a file given on the command line (`check`, `fix`, `export ZH EN`): the
// manifest.json of its folder or of the folder above (corpus/manifest.json for
// corpus/documents/x.txt), read by the corpus's one manifest reader. An invalid manifest is
// refused exactly as `run` refuses it.
import { dirname, join, resolve } from 'node:path';
import { fileNameDate, readManifest } from '../corpus/index.js';
import type { ManifestEntry } from '../types.js';

export class ManifestLookup {
  /** Folder → its manifest's entries by resolved file path (empty without a manifest), read once per folder. */
  private readonly byFolder = new Map<string, Promise<Map<string, ManifestEntry>>>();

  async entryOf(file: string): Promise<ManifestEntry | undefined> {
    if (file === '-') return undefined;
    const target = resolve(file);
    // The folders as given, so that messages name the manifest as the user would (`..` for the
    // folder above the current one: dirname('.') would be '.' again).
    for (const folder of [dirname(file), join(dirname(file), '..')]) {
      const entry = (await this.entries(folder)).get(target);
      if (entry) return entry;
    }
    return undefined;
  }

  /** A file's document date: its manifest's, else the one given (`--date`), else one at the start of its name. */
  async dateOf(file: string, given?: string): Promise<string | undefined> {
    return (await this.entryOf(file))?.date ?? given ?? fileNameDate(file);
  }

  private entries(folder: string): Promise<Map<string, ManifestEntry>> {
    let entries = this.byFolder.get(resolve(folder));
    if (!entries) {
      entries = readManifest(folder).then((manifest) => new Map((manifest?.documents ?? []).map((d) => [resolve(folder, d.file), d])));
      this.byFolder.set(resolve(folder), entries);
    }
    return entries;
  }
}
