/* Parse-only timing of libcsv on one CSV file, for comparison with ChengyuBench csv.
 *
 * Reads the whole file into memory (not timed in the parse figure, as in ChengyuBench), then
 * runs csv_parse over the buffer with callbacks that only count fields and records: the same
 * work as the core scanner's forEachRecord without Strings. Also times a bare LF count.
 * Build: cc -O2 -o libcsv-count libcsv-count.c -lcsv   Run: ./libcsv-count FILE [RUNS] */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct counts { long fields, records; };

static void on_field(void *data, size_t len, void *ctx) {
  (void)data; (void)len;
  ((struct counts *)ctx)->fields++;
}

static void on_record(int terminator, void *ctx) {
  (void)terminator;
  ((struct counts *)ctx)->records++;
}

/* Elapsed time (CLOCK_MONOTONIC) or this thread's CPU time (CLOCK_THREAD_CPUTIME_ID). */
static double clock_s(clockid_t clock) {
  struct timespec ts;
  clock_gettime(clock, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}
static double now(void) { return clock_s(CLOCK_MONOTONIC); }
static double cpu(void) { return clock_s(CLOCK_THREAD_CPUTIME_ID); }

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: %s FILE [RUNS]\n", argv[0]); return 2; }
  int runs = argc > 2 ? atoi(argv[2]) : 3;
  if (runs < 1) runs = 1;
  double t0 = now();
  FILE *f = fopen(argv[1], "rb");
  if (!f) { perror(argv[1]); return 1; }
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc(size > 0 ? size : 1);
  if (!buf || fread(buf, 1, size, f) != (size_t)size) { perror("read"); return 1; }
  fclose(f);
  double mb = size / 1e6;
  printf("libcsv %d.%d.%d parse benchmark\n  file %s: %.1f MB, read in %.3f s\n",
         CSV_MAJOR, CSV_MINOR, CSV_RELEASE, argv[1], mb, now() - t0);

  double best = 1e30, best_cpu = 1e30;
  struct counts c;
  printf("  libcsv csv_parse (count callbacks): elapsed");
  for (int r = 0; r < runs; r++) {
    struct csv_parser p;
    /* CSV_APPEND_NULL off, not strict: libcsv's defaults, as a typical caller uses it. */
    if (csv_init(&p, 0) != 0) { fprintf(stderr, "csv_init failed\n"); return 1; }
    memset(&c, 0, sizeof c);
    double s = now(), sc = cpu();
    if (csv_parse(&p, buf, size, on_field, on_record, &c) != (size_t)size) {
      fprintf(stderr, "libcsv error: %s\n", csv_strerror(csv_error(&p)));
      return 1;
    }
    csv_fini(&p, on_field, on_record, &c);
    double t = now() - s, tc = cpu() - sc;
    csv_free(&p);
    if (t < best) best = t;
    if (tc < best_cpu) best_cpu = tc;
    printf(" %.3f", t);
  }
  printf("\n    elapsed best %.3f s, %.0f MB/s; CPU best %.3f s; %ld records, %ld fields\n",
         best, mb / best, best_cpu, c.records, c.fields);

  best = 1e30;
  long lines = 0;
  for (int r = 0; r < runs; r++) {
    double s = now();
    lines = 0;
    for (long i = 0; i < size; i++) lines += buf[i] == '\n';
    double t = now() - s;
    if (t < best) best = t;
  }
  printf("  C bare byte scan (count LF, -O2): best %.3f s, %.0f MB/s, %ld lines\n", best, mb / best, lines);
  free(buf);
  return 0;
}
