// Many short lines (lower-cased titles and aliases) in one string, searched with native indexOf and RegExp; append-only.
const escapeRe = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

export class Haystack {
  private text = '';
  /** Offset where each line starts; one more entry (the end) than lines. */
  private starts: number[] = [0];

  get lineCount(): number {
    return this.starts.length - 1;
  }

  /** Appends lines (line breaks inside a line become spaces); returns the index of the first one. */
  append(lines: string[]): number {
    const first = this.lineCount;
    let offset = this.starts[this.starts.length - 1];
    for (const line of lines) {
      offset += line.length + 1;
      this.starts.push(offset);
    }
    const joined = lines.map((l) => (l.includes('\n') ? l.replace(/\n/g, ' ') : l)).join('\n');
    this.text += lines.length ? `${joined}\n` : '';
    return first;
  }

  /** Calls `hit(line, at)` for every line containing `phrase` (no line breaks), in line order, with the first offset in it. */
  substringHits(phrase: string, hit: (line: number, at: number) => void): void {
    if (!phrase || phrase.includes('\n')) return;
    let line = 0;
    for (let pos = this.text.indexOf(phrase); pos >= 0; ) {
      while (this.starts[line + 1] <= pos) line++;
      hit(line, pos - this.starts[line]);
      if (line + 1 >= this.lineCount) return;
      pos = this.text.indexOf(phrase, this.starts[line + 1]);
    }
  }

  /** Calls `hit(line)` for every line containing the characters of `chars` in order (a subsequence), in line order. */
  subsequenceLines(chars: string, hit: (line: number) => void): void {
    if (!chars || chars.includes('\n')) return;
    // Each gap excludes the next character: the earliest occurrence is taken, so no backtracking inside a line.
    const source = chars
      .split('')
      .map((c, i) => (i === 0 ? escapeRe(c) : `[^\\n${escapeRe(c)}]*${escapeRe(c)}`))
      .join('');
    const re = new RegExp(source, 'g');
    let line = 0;
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      while (this.starts[line + 1] <= m.index) line++;
      hit(line);
      if (line + 1 >= this.lineCount) return;
      re.lastIndex = this.starts[line + 1];
    }
  }
}
