/* ukernels-bc's iree_uk_mmt4d (the host's <arch>.bc, compiled natively)
 * against a naive reference written independently (reference.h).
 *  - Level 0 (no CPU features): the generic tile, for every element type,
 *    M/N/K including 0 and 1, many tile shapes, with and without ACCUMULATE
 *    and SKIP_INTERMEDIATE_ROUNDINGS.
 *  - Every ISA level this CPU has: every fast tile it selects (checked to be
 *    selected: iree_uk_mmt4d_arch), K up to 70 to cross the tiles' chunks.
 * Offsets and padded strides throughout; integers must match exactly, floats
 * within a tolerance. */
#include <dlfcn.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void iree_uk_mmt4d(const void *lhs, int64_t lhs_offset, int64_t lhs_stride0, const void *rhs, int64_t rhs_offset,
                   int64_t rhs_stride0, void *out, int64_t out_offset, int64_t out_stride0, int64_t M, int64_t N,
                   int64_t K, int32_t M0, int32_t N0, int32_t K0, uint32_t flags, const uint64_t *cpu_data);
int iree_uk_mmt4d_arch(const void *lhs, int64_t lhs_offset, int64_t lhs_stride0, const void *rhs, int64_t rhs_offset,
                       int64_t rhs_stride0, void *out, int64_t out_offset, int64_t out_stride0, int64_t M, int64_t N,
                       int64_t K, int32_t M0, int32_t N0, int32_t K0, uint32_t flags, const uint64_t *cpu_data);

static uint64_t cpu_bits; /* cpu_data[0] of the level under test */

typedef void (*mmt4d_fn)(const void *, int64_t, int64_t, const void *, int64_t, int64_t, void *, int64_t, int64_t,
                         int64_t, int64_t, int64_t, int32_t, int32_t, int32_t, uint32_t, const uint64_t *);
static mmt4d_fn under_test = iree_uk_mmt4d; /* or a kernel of a uklink-built library */

#include "reference.h"

static int failures, checks;

static void run_case(const type_info *t, int64_t M, int64_t N, int64_t K, int M0, int N0, int K0, uint32_t extra) {
  int fmt16 = (t->type == F16F16F32 || t->type == F16F16F16) ? 1 : 2;
  int out_fmt16 = t->type == F16F16F16 ? 1 : 2;
  int is_u4 = t->type == S16U4S32;
  int64_t lhs_off = 2, rhs_off = 4, out_off = 3;
  int64_t lhs_stride = K * M0 * K0 + 6, rhs_stride = K * N0 * K0 + 2, out_stride = N * M0 * N0 + 5;
  int64_t lhs_n = lhs_off + M * lhs_stride + 8, rhs_n = rhs_off + N * rhs_stride + 8, out_n = out_off + M * out_stride + 8;
  void *lhs = calloc((size_t)lhs_n, 4), *rhs = calloc((size_t)rhs_n, 4);
  void *out = calloc((size_t)out_n, 4), *init = calloc((size_t)out_n, 4);
  fill(lhs, t->lhs_bits, t->is_float, fmt16, lhs_n);
  fill(rhs, t->rhs_bits, t->is_float, fmt16, rhs_n);
  fill(init, t->out_bits, t->is_float, out_fmt16, out_n);
  memcpy(out, init, (size_t)out_n * 4);
  uint32_t flags = (uint32_t)t->type | FALLBACK | extra;
  uint64_t cpu[8] = {cpu_bits};
  under_test(lhs, lhs_off, lhs_stride, rhs, rhs_off, rhs_stride, out, out_off, out_stride, M, N, K, M0, N0, K0,
                flags, cpu);
  for (int64_t i = 0; i < M; i++)
    for (int64_t j = 0; j < N; j++)
      for (int m0 = 0; m0 < M0; m0++)
        for (int n0 = 0; n0 < N0; n0++) {
          int64_t o = out_off + i * out_stride + j * M0 * N0 + m0 * N0 + n0;
          double acc = (extra & ACC) ? get(init, t->out_bits, t->is_float, out_fmt16, 0, o) : 0;
          for (int64_t k = 0; k < K; k++)
            for (int k0 = 0; k0 < K0; k0++) {
              double a = get(lhs, t->lhs_bits, t->is_float, fmt16, 0, lhs_off + i * lhs_stride + (k * M0 + m0) * K0 + k0);
              double b = get(rhs, t->rhs_bits, t->is_float, fmt16, is_u4, rhs_off + j * rhs_stride + (k * N0 + n0) * K0 + k0);
              acc += a * b;
            }
          double got = get(out, t->out_bits, t->is_float, out_fmt16, 0, o);
          double tol = 0;
          if (t->is_float) {
            /* narrow outputs round (per step unless SKIP): allow their precision */
            double eps = t->out_bits == 16 ? (out_fmt16 == 1 ? 1.0 / 1024 : 1.0 / 128) : 1e-6;
            double steps = (t->out_bits == 16 && !(extra & SKIP)) ? (double)(K * K0 + 1) : 1.0;
            tol = eps * steps * (fabs(acc) + 4.0);
          } else {
            acc = (double)(int32_t)(int64_t)acc; /* int32 wrap-around */
          }
          checks++;
          if (fabs(got - acc) > tol) {
            if (failures++ < 10)
              printf("FAIL type %d M=%lld N=%lld K=%lld tile %dx%dx%d flags %#x at (%lld,%lld,%d,%d): got %.1f want %.1f\n",
                     t->type, (long long)M, (long long)N, (long long)K, M0, N0, K0, flags, (long long)i,
                     (long long)j, m0, n0, got, acc);
          }
        }
  /* outside the tiles nothing changes */
  int64_t touched_end = out_off + (M ? (M - 1) * out_stride + N * M0 * N0 : 0);
  for (int64_t e = 0; e < out_off; e++)
    if (memcmp((char *)out + e * (t->out_bits / 8), (char *)init + e * (t->out_bits / 8), (size_t)t->out_bits / 8))
      failures++;
  for (int64_t e = touched_end; M && N && e < out_off + M * out_stride; e++)
    if (e >= out_off + (M - 1) * out_stride + N * M0 * N0 &&
        memcmp((char *)out + e * (t->out_bits / 8), (char *)init + e * (t->out_bits / 8), (size_t)t->out_bits / 8))
      failures++;
  free(lhs);
  free(rhs);
  free(out);
  free(init);
}

/* Does cpu_bits select a fast tile for this type and shape? (M = N = 0: the
 * tile does nothing.) */
static int selects_fast_tile(int type, int M0, int N0, int K0) {
  uint64_t cpu[8] = {cpu_bits};
  return iree_uk_mmt4d_arch(NULL, 0, 0, NULL, 0, 0, NULL, 0, 0, 0, 0, 0, M0, N0, K0, (uint32_t)type | FALLBACK, cpu);
}

typedef struct level {
  const char *name;
  uint64_t bits;
  int supported;
  int expected_fast; /* (type, shape) pairs with a fast tile at this level */
} level;

/* LIB LIST: each line "name type M0 N0 K0 extra" names a kernel of LIB with
 * iree_uk_mmt4d's signature that calls it with that constant shape and
 * flags, as a compiler emits it; uklink specialized those calls. */
static int check_library(const char *lib_path, const char *list_path) {
  void *lib = dlopen(lib_path, RTLD_NOW | RTLD_LOCAL);
  FILE *list = fopen(list_path, "r");
  if (!lib || !list) {
    printf("cannot open %s or %s: %s\n", lib_path, list_path, lib ? "" : dlerror());
    return 1;
  }
  char name[128];
  int type, m0, n0, k0, kernels = 0;
  unsigned extra;
  while (fscanf(list, "%127s %d %d %d %d %u", name, &type, &m0, &n0, &k0, &extra) == 6) {
    under_test = (mmt4d_fn)dlsym(lib, name);
    if (!under_test) {
      printf("FAIL %s: not exported\n", name);
      failures++;
      continue;
    }
    const type_info *t = NULL;
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
      if (types[i].type == type) t = &types[i];
    static const int64_t mn[][3] = {{1, 1, 1}, {2, 3, 37}, {1, 2, 70}, {0, 2, 5}, {2, 1, 0}};
    for (size_t p = 0; p < sizeof mn / sizeof *mn; p++) run_case(t, mn[p][0], mn[p][1], mn[p][2], m0, n0, k0, extra);
    kernels++;
  }
  fclose(list);
  printf("%d kernels of %s checked, %d elements, %d failures\n", kernels, lib_path, checks, failures);
  printf("%d passed, %d failed\n", failures ? 0 : 1, failures ? 1 : 0);
  return failures != 0;
}

int main(int argc, char **argv) {
  if (argc == 3) return check_library(argv[1], argv[2]);
  static const int64_t sizes[] = {0, 1, 2, 3};
  static const int64_t ks[] = {0, 1, 5};
  static const int tiles[][3] = {{1, 1, 1}, {1, 8, 1}, {4, 4, 2}, {8, 8, 1}, {16, 16, 1}, {2, 16, 2}, {3, 5, 4}};
  int cases = 0;
  /* level 0: the generic tile */
  for (size_t ti = 0; ti < sizeof types / sizeof *types; ti++)
    for (size_t s = 0; s < sizeof tiles / sizeof *tiles; s++)
      for (int mi = 0; mi < 4; mi++)
        for (int ni = 0; ni < 4; ni += (mi == 0 ? 3 : 1))
          for (int ki = 0; ki < 3; ki++)
            for (uint32_t extra = 0; extra <= (ACC | SKIP); extra += 0x100) {
              if (extra & 0x200) continue;
              run_case(&types[ti], sizes[mi], sizes[ni], ks[ki], tiles[s][0], tiles[s][1], tiles[s][2], extra);
              cases++;
            }
  printf("generic: %d cases\n", cases);

#if defined(__x86_64__)
  __builtin_cpu_init();
  const uint64_t avx2 = (1ull << 15) | (1ull << 11) | (1ull << 14);
  const uint64_t base = avx2 | (1ull << 20) | (1ull << 21) | (1ull << 22) | (1ull << 23) | (1ull << 24);
  int has_avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  int has_512 = has_avx2 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq") &&
                __builtin_cpu_supports("avx512cd");
  /* f32, f16, bf16, s16, s8 at N0 = 8 with 4 M0s; at N0 = 16 with 5 more */
  level levels[] = {
      {"x86_64 avx2_fma", avx2, has_avx2, 20},
      {"x86_64 avx512_base", base, has_512, 45},
      {"x86_64 avx512_vnni", base | (1ull << 28), has_512 && __builtin_cpu_supports("avx512vnni"), 45},
      {"x86_64 avx512_bf16", base | (1ull << 31), has_512 && __builtin_cpu_supports("avx512bf16"), 45},
  };
#elif defined(__aarch64__)
  /* qemu-user -cpu max has every feature */
  level levels[] = {
      {"aarch64 neon", 0, 1, 20},
      {"aarch64 neon_dotprod", 1ull << 12, 1, 24},
      {"aarch64 neon_i8mm", 1ull << 13, 1, 23},
      {"aarch64 neon_bf16", 1ull << 14, 1, 20},
      {"aarch64 neon_fp16", 1ull << 10, 1, 24},
  };
#elif defined(__riscv)
  level levels[] = {{"riscv64 rvv", 1ull << 0, 1, 16}};
#else
  level levels[1] = {{"none", 0, 0, 0}};
#endif
  static const int fast_shapes[][3] = {{1, 8, 1}, {2, 8, 1}, {4, 8, 1}, {8, 8, 1}, {1, 8, 2}, {2, 8, 2},
                                       {4, 8, 2}, {8, 8, 2}, {1, 16, 1}, {2, 16, 1}, {4, 16, 1}, {8, 16, 1},
                                       {16, 16, 1}, {1, 16, 2}, {2, 16, 2}, {4, 16, 2}, {8, 16, 2}, {16, 16, 2},
                                       {1, 8, 4}, {2, 8, 4}, {4, 8, 4}, {8, 8, 4}, {2, 8, 8}, {4, 8, 8}, {8, 8, 8}};
  static const int64_t fast_ks[] = {0, 1, 37, 70};
  static const int64_t mn[][2] = {{1, 1}, {2, 3}, {0, 2}, {2, 0}};
  for (size_t l = 0; l < sizeof levels / sizeof *levels; l++) {
    if (!levels[l].supported) {
      printf("%s: not on this CPU, skipped\n", levels[l].name);
      continue;
    }
    cpu_bits = levels[l].bits;
    int fast = 0, level_cases = 0;
    for (size_t ti = 0; ti < sizeof types / sizeof *types; ti++)
      for (size_t s = 0; s < sizeof fast_shapes / sizeof *fast_shapes; s++) {
        const int *sh = fast_shapes[s];
        if (!selects_fast_tile(types[ti].type, sh[0], sh[1], sh[2])) continue;
        fast++;
        for (size_t k = 0; k < sizeof fast_ks / sizeof *fast_ks; k++)
          for (size_t p = 0; p < sizeof mn / sizeof *mn; p++)
            for (uint32_t extra = 0; extra <= ACC; extra += ACC) {
              run_case(&types[ti], mn[p][0], mn[p][1], fast_ks[k], sh[0], sh[1], sh[2], extra);
              level_cases++;
            }
      }
    printf("%s: %d fast tiles selected (expected %d), %d cases\n", levels[l].name, fast, levels[l].expected_fast,
           level_cases);
    if (fast != levels[l].expected_fast) failures++;
    cases += level_cases;
  }
  printf("%d cases, %d elements checked, %d failures\n", cases, checks, failures);
  printf("%d passed, %d failed\n", failures ? 0 : 1, failures ? 1 : 0);
  return failures != 0;
}
