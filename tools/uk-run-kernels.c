/* uk-run-kernels: loads a shared object built from a uk-corpus corpus, calls
 * every kernel listed in kernels.txt on random inputs (deterministic by seed)
 * and prints one line per kernel: its name and a hash of the exact output
 * bits. Two builds of the same corpus must print the same lines.
 *
 * usage: uk-run-kernels LIBRARY KERNELS.txt [SEED] */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int32_t (*kernel_fn)(const float *a, const float *b, float *c, int64_t n);

enum { N = 256, EXTRA = 4096 };

static uint64_t state;
static uint32_t next_u32(void) {
  state = state * 6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(state >> 33);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: uk-run-kernels LIBRARY KERNELS.txt [SEED]\n");
    return 1;
  }
  uint64_t seed = argc > 3 ? strtoull(argv[3], NULL, 10) : 1;
  void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    fprintf(stderr, "uk-run-kernels: %s\n", dlerror());
    return 1;
  }
  FILE *list = fopen(argv[2], "r");
  if (!list) {
    perror(argv[2]);
    return 1;
  }
  float *a = aligned_alloc(64, (N + EXTRA) * sizeof(float));
  float *b = aligned_alloc(64, (N + EXTRA) * sizeof(float));
  float *c = aligned_alloc(64, (N + EXTRA) * sizeof(float));
  char name[256];
  int count = 0, status = 0;
  while (fscanf(list, "%255s", name) == 1) {
    kernel_fn k = (kernel_fn)dlsym(lib, name);
    if (!k) {
      fprintf(stderr, "uk-run-kernels: %s: not exported\n", name);
      status = 1;
      continue;
    }
    state = seed;
    for (int i = 0; i < N + EXTRA; i++) {
      a[i] = (float)((int)(next_u32() % 2001) - 1000) / 256.0f;
      b[i] = (float)((int)(next_u32() % 2001) - 1000) / 256.0f;
    }
    memset(c, 0, (N + EXTRA) * sizeof(float));
    int32_t rc = k(a, b, c, N);
    uint64_t h = 1469598103934665603ULL; /* FNV-1a over the output bits */
    const unsigned char *bytes = (const unsigned char *)c;
    for (size_t i = 0; i < (N + EXTRA) * sizeof(float); i++) h = (h ^ bytes[i]) * 1099511628211ULL;
    printf("%s %d %016llx\n", name, rc, (unsigned long long)h);
    count++;
  }
  fclose(list);
  fprintf(stderr, "uk-run-kernels: %d kernels run\n", count);
  free(a);
  free(b);
  free(c);
  dlclose(lib);
  return status;
}
