import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { writeFileAtomic } from "./atomic-write.ts";

const RECENT_FILE = ".recent.json";
const KEEP = 10;

const RecentSchema = z.array(z.object({ path: z.string(), openedMs: z.number() }));
export type RecentEntry = z.infer<typeof RecentSchema>[number];

/** The notebooks opened or saved last, newest first, kept in the notebooks folder. */
export class RecentNotebooks {
  private readonly file: string;

  constructor(notebooksDir: string) {
    this.file = path.join(notebooksDir, RECENT_FILE);
  }

  async list(): Promise<RecentEntry[]> {
    try {
      const parsed = RecentSchema.safeParse(JSON.parse(await fs.readFile(this.file, "utf8")));
      // A damaged list is only a convenience lost; it is rebuilt as notebooks are opened.
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  async touch(notebookPath: string): Promise<void> {
    const rest = (await this.list()).filter((e) => e.path !== notebookPath);
    const next = [{ path: notebookPath, openedMs: Date.now() }, ...rest].slice(0, KEEP);
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
  }
}
