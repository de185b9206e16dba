#define _POSIX_C_SOURCE 200809L
/* bench-mmt4d: speed of ukernels-bc's mmt4d tiles on this CPU, one core.
 * Measures the f32 FMA peak in the same run (independent vfmadd231ps
 * chains: zmm with AVX-512, else ymm), then each tile of the widest level the
 * host has (16-wide with AVX-512, else the 8-wide AVX2 ones) at M = N = 1,
 * K = 512 through iree_uk_mmt4d with the host's cpu_data bits, and the cost
 * of a call (K = 0) against K = 256. The host's features are what CPUID
 * reports (__builtin_cpu_supports): a hypervisor may hide AVX512-BF16 from a
 * CPU that has it, and a tile is held to a goal only where the host has the
 * instructions the goal stands for (vdpbf16ps, VNNI). Prints a Markdown
 * table: tile, GOP/s, fraction of the f32 FMA peak, goal. */
#include <dlfcn.h>
#include <immintrin.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* the entry uklink calls directly when it specializes a constant call */
void iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx512_base(const void *lhs, int64_t lhs_offset, int64_t lhs_stride0,
                                                       const void *rhs, int64_t rhs_offset, int64_t rhs_stride0,
                                                       void *out, int64_t out_offset, int64_t out_stride0, int64_t M,
                                                       int64_t N, int64_t K, int32_t M0, int32_t N0, int32_t K0,
                                                       uint32_t flags, const uint64_t *cpu_data);
void iree_uk_mmt4d_f32f32f32_8x8x1_x86_64_avx2_fma(const void *lhs, int64_t lhs_offset, int64_t lhs_stride0,
                                                   const void *rhs, int64_t rhs_offset, int64_t rhs_stride0, void *out,
                                                   int64_t out_offset, int64_t out_stride0, int64_t M, int64_t N,
                                                   int64_t K, int32_t M0, int32_t N0, int32_t K0, uint32_t flags,
                                                   const uint64_t *cpu_data);
void iree_uk_mmt4d(const void *lhs, int64_t lhs_offset, int64_t lhs_stride0, const void *rhs, int64_t rhs_offset,
                   int64_t rhs_stride0, void *out, int64_t out_offset, int64_t out_stride0, int64_t M, int64_t N,
                   int64_t K, int32_t M0, int32_t N0, int32_t K0, uint32_t flags, const uint64_t *cpu_data);

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* 16 independent FMA chains (latency 4 at 2 per cycle needs 8), in asm so
 * that nothing but the FMAs is timed. */
__attribute__((target("avx512f"), noinline)) static void fma_peak_kernel(long iters) {
  __asm__ volatile(
      "vxorps %%zmm0, %%zmm0, %%zmm0\n"
      "vmovaps %%zmm0, %%zmm1\n vmovaps %%zmm0, %%zmm2\n vmovaps %%zmm0, %%zmm3\n"
      "vmovaps %%zmm0, %%zmm4\n vmovaps %%zmm0, %%zmm5\n vmovaps %%zmm0, %%zmm6\n"
      "vmovaps %%zmm0, %%zmm7\n vmovaps %%zmm0, %%zmm8\n vmovaps %%zmm0, %%zmm9\n"
      "vmovaps %%zmm0, %%zmm10\n vmovaps %%zmm0, %%zmm11\n vmovaps %%zmm0, %%zmm12\n"
      "vmovaps %%zmm0, %%zmm13\n vmovaps %%zmm0, %%zmm14\n vmovaps %%zmm0, %%zmm15\n"
      "1:\n"
      "vfmadd231ps %%zmm16, %%zmm17, %%zmm0\n vfmadd231ps %%zmm16, %%zmm17, %%zmm1\n"
      "vfmadd231ps %%zmm16, %%zmm17, %%zmm2\n vfmadd231ps %%zmm16, %%zmm17, %%zmm3\n"
      "vfmadd231ps %%zmm16, %%zmm17, %%zmm4\n vfmadd231ps %%zmm16, %%zmm17, %%zmm5\n"
      "vfmadd231ps %%zmm16, %%zmm17, %%zmm6\n vfmadd231ps %%zmm16, %%zmm17, %%zmm7\n"
      "vfmadd231ps %%zmm16, %%zmm17, %%zmm8\n vfmadd231ps %%zmm16, %%zmm17, %%zmm9\n"
      "vfmadd231ps %%zmm16, %%zmm17, %%zmm10\n vfmadd231ps %%zmm16, %%zmm17, %%zmm11\n"
      "vfmadd231ps %%zmm16, %%zmm17, %%zmm12\n vfmadd231ps %%zmm16, %%zmm17, %%zmm13\n"
      "vfmadd231ps %%zmm16, %%zmm17, %%zmm14\n vfmadd231ps %%zmm16, %%zmm17, %%zmm15\n"
      "dec %0\n jnz 1b\n"
      : "+r"(iters)
      :
      : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11",
        "xmm12", "xmm13", "xmm14", "xmm15", "xmm16", "xmm17", "cc");
}

/* The same with 12 ymm chains (16 registers), for AVX2 hosts. */
__attribute__((target("avx2,fma"), noinline)) static void fma_peak_kernel_avx2(long iters) {
  __asm__ volatile(
      "vxorps %%ymm0, %%ymm0, %%ymm0\n"
      "vmovaps %%ymm0, %%ymm1\n vmovaps %%ymm0, %%ymm2\n vmovaps %%ymm0, %%ymm3\n"
      "vmovaps %%ymm0, %%ymm4\n vmovaps %%ymm0, %%ymm5\n vmovaps %%ymm0, %%ymm6\n"
      "vmovaps %%ymm0, %%ymm7\n vmovaps %%ymm0, %%ymm8\n vmovaps %%ymm0, %%ymm9\n"
      "vmovaps %%ymm0, %%ymm10\n vmovaps %%ymm0, %%ymm11\n"
      "1:\n"
      "vfmadd231ps %%ymm14, %%ymm15, %%ymm0\n vfmadd231ps %%ymm14, %%ymm15, %%ymm1\n"
      "vfmadd231ps %%ymm14, %%ymm15, %%ymm2\n vfmadd231ps %%ymm14, %%ymm15, %%ymm3\n"
      "vfmadd231ps %%ymm14, %%ymm15, %%ymm4\n vfmadd231ps %%ymm14, %%ymm15, %%ymm5\n"
      "vfmadd231ps %%ymm14, %%ymm15, %%ymm6\n vfmadd231ps %%ymm14, %%ymm15, %%ymm7\n"
      "vfmadd231ps %%ymm14, %%ymm15, %%ymm8\n vfmadd231ps %%ymm14, %%ymm15, %%ymm9\n"
      "vfmadd231ps %%ymm14, %%ymm15, %%ymm10\n vfmadd231ps %%ymm14, %%ymm15, %%ymm11\n"
      "dec %0\n jnz 1b\n"
      : "+r"(iters)
      :
      : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11",
        "xmm14", "xmm15", "cc");
}

static double best_of(double (*measure)(void *), void *arg, int reps) {
  double best = 0;
  for (int r = 0; r < reps; r++) {
    double v = measure(arg);
    if (v > best) best = v;
  }
  return best;
}

static int zmm_peak = 1; /* 0: the AVX2 peak */

static double measure_peak(void *arg) {
  (void)arg;
  long iters = 2000000;
  double t0 = now();
  if (zmm_peak) fma_peak_kernel(iters);
  else fma_peak_kernel_avx2(iters);
  double dt = now() - t0;
  /* chains x lanes x 2 flops */
  return (double)iters * (zmm_peak ? 16 * 16 : 12 * 8) * 2 / dt * 1e-9; /* GFLOP/s */
}

typedef struct tile {
  const char *name;
  uint32_t type;
  int m0, n0, k0, lhs_bytes, rhs_bytes;
  double goal;         /* fraction of the f32 peak, 0: none */
  uint64_t goal_needs; /* cpu_data bits the goal stands for: no goal without them */
} tile;

typedef struct run {
  const tile *t;
  int64_t K;
  void *lhs, *rhs, *out;
  uint64_t cpu[8];
} run;

static double measure_tile(void *arg) {
  run *r = arg;
  const tile *t = r->t;
  long calls = 0;
  double t0 = now(), dt;
  do {
    for (int i = 0; i < 200; i++)
      iree_uk_mmt4d(r->lhs, 0, 0, r->rhs, 0, 0, r->out, 0, 0, 1, 1, r->K, t->m0, t->n0, t->k0,
                    t->type | 0x200 | 0x100, r->cpu);
    calls += 200;
    dt = now() - t0;
  } while (dt < 0.15);
  return (double)calls * 2.0 * t->m0 * t->n0 * t->k0 * (double)r->K / dt * 1e-9;
}

typedef void (*entry_fn)(const void *, int64_t, int64_t, const void *, int64_t, int64_t, void *, int64_t, int64_t,
                         int64_t, int64_t, int64_t, int32_t, int32_t, int32_t, uint32_t, const uint64_t *);

static double seconds_per_call(run *r, int64_t K, entry_fn fn) {
  r->K = K;
  long calls = 0;
  double t0 = now(), dt;
  do {
    for (int i = 0; i < 1000; i++)
      fn(r->lhs, 0, 0, r->rhs, 0, 0, r->out, 0, 0, 1, 1, K, r->t->m0, r->t->n0, r->t->k0,
                    r->t->type | 0x200 | 0x100, r->cpu);
    calls += 1000;
    dt = now() - t0;
  } while (dt < 0.1);
  return dt / calls;
}

/* --compare PREBUILT.so GENERATED.so LIST: the same kernels (LIST lines
 * "name type M0 N0 K0 extra", each calling iree_uk_mmt4d with that constant
 * shape) built by uklink with the prebuilt tiles and with --generate-all,
 * timed side by side. */
typedef struct lib_run {
  entry_fn fn;
  int m0, n0, k0;
  uint32_t type;
  void *lhs, *rhs, *out;
} lib_run;

static double measure_lib(void *arg) {
  lib_run *r = arg;
  long calls = 0;
  double t0 = now(), dt;
  uint64_t cpu[8] = {0};
  do {
    for (int i = 0; i < 200; i++)
      r->fn(r->lhs, 0, 0, r->rhs, 0, 0, r->out, 0, 0, 1, 1, 512, 0, 0, 0, 0, cpu);
    calls += 200;
    dt = now() - t0;
  } while (dt < 0.15);
  return (double)calls * 2.0 * r->m0 * r->n0 * r->k0 * 512.0 / dt * 1e-9;
}

static int compare(const char *pre_path, const char *gen_path, const char *list_path) {
  void *pre = dlopen(pre_path, RTLD_NOW | RTLD_LOCAL), *gen = dlopen(gen_path, RTLD_NOW | RTLD_LOCAL);
  FILE *list = fopen(list_path, "r");
  if (!pre || !gen || !list) {
    printf("cannot open the libraries or the list: %s\n", dlerror());
    return 1;
  }
  zmm_peak = __builtin_cpu_supports("avx512f"); /* the host's widest FMA, as CPUID says */
  double peak = best_of(measure_peak, NULL, 5);
  printf("f32 FMA peak (vfmadd231ps %s, one core): %.1f GFLOP/s; M = N = 1, K = 512\n\n", zmm_peak ? "zmm" : "ymm",
         peak);
  printf("| tile | prebuilt GOP/s | generated GOP/s | generated / prebuilt | generated of f32 peak |\n");
  printf("|---|---|---|---|---|\n");
  char name[128], label[128];
  int type, m0, n0, k0;
  unsigned extra;
  while (fscanf(list, "%127s %d %d %d %d %u %127s", name, &type, &m0, &n0, &k0, &extra, label) == 7) {
    lib_run r = {.m0 = m0, .n0 = n0, .k0 = k0, .type = (uint32_t)type};
    r.lhs = aligned_alloc(64, (size_t)512 * m0 * k0 * 4 + 64);
    r.rhs = aligned_alloc(64, (size_t)512 * n0 * k0 * 4 + 64);
    r.out = aligned_alloc(64, (size_t)m0 * n0 * 4 + 64);
    memset(r.lhs, 0, (size_t)512 * m0 * k0 * 4);
    memset(r.rhs, 0, (size_t)512 * n0 * k0 * 4);
    memset(r.out, 0, (size_t)m0 * n0 * 4);
    r.fn = (entry_fn)dlsym(pre, name);
    double p = r.fn ? best_of(measure_lib, &r, 5) : 0;
    r.fn = (entry_fn)dlsym(gen, name);
    double g = r.fn ? best_of(measure_lib, &r, 5) : 0;
    printf("| %s | %.1f | %.1f | %.2f | %.2f |\n", label, p, g, p > 0 ? g / p : 0, g / peak);
    free(r.lhs);
    free(r.rhs);
    free(r.out);
  }
  fclose(list);
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 5 && !strcmp(argv[1], "--compare")) return compare(argv[2], argv[3], argv[4]);
  int64_t K = argc > 1 ? atoll(argv[1]) : 512;
  __builtin_cpu_init();
  uint64_t bits = 0;
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) bits |= (1ull << 15) | (1ull << 11) | (1ull << 14);
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl") &&
      __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512cd"))
    bits |= (1ull << 20) | (1ull << 21) | (1ull << 22) | (1ull << 23) | (1ull << 24);
  if (__builtin_cpu_supports("avx512vnni")) bits |= 1ull << 28;
  if (__builtin_cpu_supports("avx512bf16")) bits |= 1ull << 31;
  const uint64_t avx512 = 1ull << 20, vnni = 1ull << 28, bf16 = 1ull << 31;
  if (!(bits & (1ull << 15))) {
    printf("this benchmark needs AVX2 and FMA\n");
    return 0;
  }
  /* the goals of the instructions that make them: vdpbf16ps, VNNI */
  static const tile tiles512[] = {
      {"f32f32f32 16x16x1", 0x01, 16, 16, 1, 4, 4, 0.85, avx512},
      {"s8s8s32 16x16x2", 0x02, 16, 16, 2, 1, 1, 1.6, avx512 | vnni},
      {"bf16bf16f32 16x16x2", 0x05, 16, 16, 2, 2, 2, 1.7, avx512 | bf16},
      {"f16f16f32 16x16x1", 0x03, 16, 16, 1, 2, 2, 0.55, avx512},
      {"s16s16s32 16x16x2", 0x07, 16, 16, 2, 2, 2, 0, 0},
      {"f32f32f32 8x16x1", 0x01, 8, 16, 1, 4, 4, 0, 0},
      {"f32f32f32 1x16x1", 0x01, 1, 16, 1, 4, 4, 0, 0},
      {"f32f32f32 8x8x1 (avx2)", 0x01, 8, 8, 1, 4, 4, 0, 0},
  };
  /* an AVX2 host: the 8-wide tiles against the ymm peak, no goals */
  static const tile tiles256[] = {
      {"f32f32f32 8x8x1", 0x01, 8, 8, 1, 4, 4, 0, 0},  {"s8s8s32 8x8x2", 0x02, 8, 8, 2, 1, 1, 0, 0},
      {"bf16bf16f32 8x8x2", 0x05, 8, 8, 2, 2, 2, 0, 0}, {"f16f16f32 8x8x1", 0x03, 8, 8, 1, 2, 2, 0, 0},
      {"s16s16s32 8x8x2", 0x07, 8, 8, 2, 2, 2, 0, 0},  {"f32f32f32 1x8x1", 0x01, 1, 8, 1, 4, 4, 0, 0},
  };
  zmm_peak = (bits & avx512) != 0;
  const tile *tiles = zmm_peak ? tiles512 : tiles256;
  size_t num_tiles = zmm_peak ? sizeof tiles512 / sizeof *tiles512 : sizeof tiles256 / sizeof *tiles256;
  entry_fn direct = zmm_peak ? iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx512_base
                             : iree_uk_mmt4d_f32f32f32_8x8x1_x86_64_avx2_fma;
  double peak = best_of(measure_peak, NULL, 5);
  printf("f32 FMA peak (vfmadd231ps %s, one core): %.1f GFLOP/s; K = %lld, M = N = 1; host (CPUID):%s%s%s%s\n\n",
         zmm_peak ? "zmm" : "ymm", peak, (long long)K, " avx2", zmm_peak ? " avx512" : "",
         bits & vnni ? " avx512vnni" : "", bits & bf16 ? " avx512bf16" : "");
  printf("| tile | GOP/s | of f32 peak | goal |\n|---|---|---|---|\n");
  int missed = 0;
  for (size_t i = 0; i < num_tiles; i++) {
    const tile *t = &tiles[i];
    run r = {.t = t, .K = K};
    r.cpu[0] = bits;
    r.lhs = aligned_alloc(64, (size_t)(K * t->m0 * t->k0 * t->lhs_bytes + 64));
    r.rhs = aligned_alloc(64, (size_t)(K * t->n0 * t->k0 * t->rhs_bytes + 64));
    r.out = aligned_alloc(64, (size_t)t->m0 * t->n0 * 4 + 64);
    memset(r.lhs, 0, (size_t)(K * t->m0 * t->k0 * t->lhs_bytes));
    memset(r.rhs, 0, (size_t)(K * t->n0 * t->k0 * t->rhs_bytes));
    memset(r.out, 0, (size_t)t->m0 * t->n0 * 4);
    double gops = best_of(measure_tile, &r, 5);
    double frac = gops / peak;
    bool held = t->goal > 0 && (bits & t->goal_needs) == t->goal_needs;
    int ok = !held || frac >= t->goal;
    missed += !ok;
    if (held)
      printf("| %s | %.1f | %.2f | >= %.2f%s |\n", t->name, gops, frac, t->goal, ok ? "" : " MISSED");
    else if (t->goal)
      printf("| %s | %.1f | %.2f | none: the host lacks %s |\n", t->name, gops, frac,
             (t->goal_needs & ~bits) & bf16 ? "AVX512-BF16 (vdpbf16ps)" : "AVX512-VNNI");
    else
      printf("| %s | %.1f | %.2f | |\n", t->name, gops, frac);
    if (i == 0) {
      double call = seconds_per_call(&r, 0, direct), work = seconds_per_call(&r, 256, direct);
      double sel = seconds_per_call(&r, 0, iree_uk_mmt4d);
      int call_ok = call / work < 0.02;
      missed += !call_ok;
      printf("| call cost of the tile entry (what uklink calls): %.1f ns, %.2f%% of a K=256 call | | | < 2%%%s |\n",
             call * 1e9, 100.0 * call / work, call_ok ? "" : " MISSED");
      printf("| call cost through iree_uk_mmt4d (runtime selection): %.1f ns | | | |\n", sel * 1e9);
    }
    free(r.lhs);
    free(r.rhs);
    free(r.out);
  }
  printf("\n%d of the goals missed\n", missed);
  return 0;
}
