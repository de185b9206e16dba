/* uk-run-kernels: loads a shared object built from a uk-corpus corpus, calls
 * every kernel listed in kernels.txt on random inputs (deterministic by seed)
 * and prints one line per kernel: its name and a hash of the exact output
 * bits. Two builds of the same corpus must print the same lines.
 *
 * --time REPS: after that first call, calls each kernel again on the same
 * inputs: a warm-up of at least 2 ms, then REPS timed batches of calls (the
 * batch as long as it takes to last 20 us or more, monotonic clock), and
 * adds to its line the best and the median time per call, in nanoseconds:
 *   NAME RC HASH BEST_NS MEDIAN_NS
 * --time REPS --vs LIBRARY2: the same kernels of a second build as well, its
 * batches alternating with the first's (A B B A A B ...), so that a load on
 * the machine falls on both; the kernel's output must be the same in both
 * (else an error and exit status 1), and its line adds the second's times:
 *   NAME RC HASH BEST_NS MEDIAN_NS BEST2_NS MEDIAN2_NS
 *
 * usage: uk-run-kernels [--time REPS [--vs LIBRARY2]] LIBRARY KERNELS.txt [SEED] */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef int32_t (*kernel_fn)(const float *a, const float *b, float *c, int64_t n);

enum { N = 256, EXTRA = 4096 };

static uint64_t state;
static uint32_t next_u32(void) {
  state = state * 6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(state >> 33);
}

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* nanoseconds per call of `calls` calls of k */
static double batch_ns(kernel_fn k, const float *a, const float *b, float *c, long calls) {
  double t0 = now_ns();
  for (long i = 0; i < calls; i++) k(a, b, c, N);
  return (now_ns() - t0) / (double)calls;
}

static int by_value(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return (a > b) - (a < b);
}

/* best and median of n times, sorting them */
static void best_median(double *times, int n, double *best, double *median) {
  qsort(times, (size_t)n, sizeof *times, by_value);
  *best = times[0];
  *median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
}

/* best and median time per call of k[0] (and k[1], if any), over reps
 * batches each, after a warm-up; the batches of the two alternate */
static void time_kernel(kernel_fn k[2], const float *a, const float *b, float *c, int reps, double *times[2],
                        double best[2], double median[2]) {
  int nk = k[1] ? 2 : 1;
  long calls = 1;
  double warm = now_ns();
  /* double the batch until it lasts 20 us, and keep warming up for 2 ms */
  for (;;) {
    if (batch_ns(k[0], a, b, c, calls) * (double)calls < 20e3) calls *= 2;
    else if (now_ns() - warm >= 2e6) break;
    if (k[1]) batch_ns(k[1], a, b, c, calls);
  }
  for (int r = 0; r < reps; r++)
    for (int j = 0; j < nk; j++) {
      int which = r % 2 ? nk - 1 - j : j;
      times[which][r] = batch_ns(k[which], a, b, c, calls);
    }
  for (int j = 0; j < nk; j++) best_median(times[j], reps, &best[j], &median[j]);
}

/* Fills a, b and c from the seed, calls k once: its result, and the FNV-1a
 * hash of c's bits. The inputs use all of a float's 24 bits, so that products
 * are not exact and a change in rounding (one fused multiply-add for two
 * roundings) shows in the hash. */
static int32_t call_once(kernel_fn k, uint64_t seed, float *a, float *b, float *c, uint64_t *hash) {
  state = seed;
  for (int i = 0; i < N + EXTRA; i++) {
    a[i] = (float)((int32_t)(next_u32() % (1u << 24)) - (1 << 23)) / (float)(1 << 21);
    b[i] = (float)((int32_t)(next_u32() % (1u << 24)) - (1 << 23)) / (float)(1 << 21);
    c[i] = (float)((int32_t)(next_u32() % (1u << 24)) - (1 << 23)) / (float)(1 << 21);
  }
  int32_t rc = k(a, b, c, N);
  uint64_t h = 1469598103934665603ULL;
  const unsigned char *bytes = (const unsigned char *)c;
  for (size_t i = 0; i < (N + EXTRA) * sizeof(float); i++) h = (h ^ bytes[i]) * 1099511628211ULL;
  *hash = h;
  return rc;
}

static void *open_library(const char *path) {
  void *lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!lib) fprintf(stderr, "uk-run-kernels: %s\n", dlerror());
  return lib;
}

int main(int argc, char **argv) {
  int reps = 0;
  const char *vs = NULL;
  if (argc > 2 && !strcmp(argv[1], "--time")) {
    reps = atoi(argv[2]);
    argv += 2;
    argc -= 2;
    if (argc > 2 && !strcmp(argv[1], "--vs")) {
      vs = argv[2];
      argv += 2;
      argc -= 2;
    }
  }
  if (argc < 3 || reps < 0 || (vs && reps < 1)) {
    fprintf(stderr, "usage: uk-run-kernels [--time REPS [--vs LIBRARY2]] LIBRARY KERNELS.txt [SEED]\n");
    return 1;
  }
  uint64_t seed = argc > 3 ? strtoull(argv[3], NULL, 10) : 1;
  void *lib[2] = {open_library(argv[1]), vs ? open_library(vs) : NULL};
  if (!lib[0] || (vs && !lib[1])) return 1;
  FILE *list = fopen(argv[2], "r");
  if (!list) {
    perror(argv[2]);
    return 1;
  }
  float *a = aligned_alloc(64, (N + EXTRA) * sizeof(float));
  float *b = aligned_alloc(64, (N + EXTRA) * sizeof(float));
  float *c = aligned_alloc(64, (N + EXTRA) * sizeof(float));
  double *times[2] = {malloc((size_t)(reps ? reps : 1) * sizeof(double)),
                      malloc((size_t)(reps ? reps : 1) * sizeof(double))};
  char name[256];
  int count = 0, status = 0;
  while (fscanf(list, "%255s", name) == 1) {
    kernel_fn k[2] = {(kernel_fn)dlsym(lib[0], name), vs ? (kernel_fn)dlsym(lib[1], name) : NULL};
    if (!k[0] || (vs && !k[1])) {
      fprintf(stderr, "uk-run-kernels: %s: not exported\n", name);
      status = 1;
      continue;
    }
    uint64_t h, h2;
    int32_t rc = call_once(k[0], seed, a, b, c, &h);
    if (vs && (call_once(k[1], seed, a, b, c, &h2) != rc || h2 != h)) {
      fprintf(stderr, "uk-run-kernels: %s: the output differs in %s\n", name, vs);
      status = 1;
    }
    printf("%s %d %016llx", name, rc, (unsigned long long)h);
    if (reps) {
      double best[2], median[2];
      time_kernel(k, a, b, c, reps, times, best, median);
      for (int j = 0; j < (vs ? 2 : 1); j++) printf(" %.2f %.2f", best[j], median[j]);
    }
    printf("\n");
    count++;
  }
  fclose(list);
  fprintf(stderr, "uk-run-kernels: %d kernels run\n", count);
  free(a);
  free(b);
  free(c);
  free(times[0]);
  free(times[1]);
  for (int j = 0; j < 2; j++)
    if (lib[j]) dlclose(lib[j]);
  return status;
}
