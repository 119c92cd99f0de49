/**
 * The first `k` items in `compare` order, kept while items stream past, without sorting them
 * all: a page of 100 out of 10,000 entries costs O(n log 100), not O(n log n).
 */
export class TopK<T> {
  /** A heap whose root is the item that would come last among those kept. */
  private readonly heap: T[] = [];

  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const { heap } = this;
    if (this.k <= 0) return;
    if (heap.length < this.k) {
      heap.push(item);
      this.up(heap.length - 1);
    } else if (this.compare(item, heap[0]!) < 0) {
      heap[0] = item;
      this.down(0);
    }
  }

  get full(): boolean {
    return this.heap.length >= this.k;
  }

  /** The item that would come last among those kept. */
  last(): T | undefined {
    return this.heap[0];
  }

  /** The kept items, in order. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }

  private later(i: number, j: number): boolean {
    return this.compare(this.heap[i]!, this.heap[j]!) > 0;
  }

  private swap(i: number, j: number): void {
    [this.heap[i], this.heap[j]] = [this.heap[j]!, this.heap[i]!];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.later(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.heap.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let last = i;
      if (left < n && this.later(left, last)) last = left;
      if (right < n && this.later(right, last)) last = right;
      if (last === i) return;
      this.swap(i, last);
      i = last;
    }
  }
}
