/* The generic iree_uk_mmt4d of ukernels-bc (the host's <arch>.bc, compiled
 * natively) against a naive reference written independently: f16 through
 * the compiler's _Float16, bf16 by truncation of a rounded f32. Every element
 * type, M/N/K including 0 and 1, several tile shapes, with and without
 * ACCUMULATE and SKIP_INTERMEDIATE_ROUNDINGS, with offsets and padded
 * strides. Integers must match exactly, floats within a tolerance. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void iree_uk_mmt4d(const void *lhs, int64_t lhs_offset, int64_t lhs_stride0, const void *rhs, int64_t rhs_offset,
                   int64_t rhs_stride0, void *out, int64_t out_offset, int64_t out_stride0, int64_t M, int64_t N,
                   int64_t K, int32_t M0, int32_t N0, int32_t K0, uint32_t flags, const uint64_t *cpu_data);

enum { F32 = 1, S8S8S32, F16F16F32, F16F16F16, BF16BF16F32, BF16BF16BF16, S16S16S32, S16U4S32, S16S8S32, S8S4S32 };
enum { ACC = 0x100, FALLBACK = 0x200, SKIP = 0x400 };

typedef struct {
  int type;
  int lhs_bits, rhs_bits, out_bits;
  int is_float;
} type_info;

static const type_info types[] = {
    {F32, 32, 32, 32, 1},          {S8S8S32, 8, 8, 32, 0},     {F16F16F32, 16, 16, 32, 1},
    {F16F16F16, 16, 16, 16, 1},    {BF16BF16F32, 16, 16, 32, 1}, {BF16BF16BF16, 16, 16, 16, 1},
    {S16S16S32, 16, 16, 32, 0},    {S16U4S32, 16, 4, 32, 0},   {S16S8S32, 16, 8, 32, 0},
    {S8S4S32, 8, 4, 32, 0},
};

static uint32_t rng = 12345;
static uint32_t next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 17;
  rng ^= rng << 5;
  return rng;
}

static float bf16_to_f(uint16_t b) {
  uint32_t u = (uint32_t)b << 16;
  float f;
  memcpy(&f, &u, 4);
  return f;
}
static uint16_t f_to_bf16(float f) {
  /* reference rounding: via double-checked nearest of the two candidates */
  uint32_t u;
  memcpy(&u, &f, 4);
  uint16_t lo = (uint16_t)(u >> 16), hi = (uint16_t)(lo + 1);
  double dl = fabs((double)bf16_to_f(lo) - f), dh = fabs((double)bf16_to_f(hi) - f);
  if (dh < dl || (dh == dl && (lo & 1))) return hi;
  return lo;
}
static float h_to_f(uint16_t h) {
  _Float16 x;
  memcpy(&x, &h, 2);
  return (float)x;
}
static uint16_t f_to_h(float f) {
  _Float16 x = (_Float16)f;
  uint16_t h;
  memcpy(&h, &x, 2);
  return h;
}

/* element e of a buffer, widened */
static double get(const void *buf, int bits, int is_float, int fmt16, int is_unsigned4, int64_t e) {
  switch (bits) {
  case 32: /* not ?: here: it would convert the int32 to float */
    if (is_float) return ((const float *)buf)[e];
    return ((const int32_t *)buf)[e];
  case 16:
    if (!is_float) return ((const int16_t *)buf)[e];
    return fmt16 == 1 ? h_to_f(((const uint16_t *)buf)[e]) : bf16_to_f(((const uint16_t *)buf)[e]);
  case 8: return ((const int8_t *)buf)[e];
  default: {
    uint8_t byte = ((const uint8_t *)buf)[e / 2];
    int v = (e & 1) ? byte >> 4 : byte & 15;
    return is_unsigned4 ? v : (v >= 8 ? v - 16 : v);
  }
  }
}

static void fill(void *buf, int bits, int is_float, int fmt16, int64_t n) {
  for (int64_t e = 0; e < n; e++) {
    int small = (int)(next() % 17) - 8; /* exact in every type */
    switch (bits) {
    case 32:
      if (is_float) ((float *)buf)[e] = small / 4.0f;
      else ((int32_t *)buf)[e] = small * 1000;
      break;
    case 16:
      if (!is_float) ((int16_t *)buf)[e] = (int16_t)(small * 1000);
      else ((uint16_t *)buf)[e] = fmt16 == 1 ? f_to_h(small / 4.0f) : f_to_bf16(small / 4.0f);
      break;
    case 8: ((int8_t *)buf)[e] = (int8_t)(small * 15); break;
    default: ((uint8_t *)buf)[e / 2] = (uint8_t)next(); break;
    }
  }
}

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
  uint64_t cpu[8] = {0};
  iree_uk_mmt4d(lhs, lhs_off, lhs_stride, rhs, rhs_off, rhs_stride, out, out_off, out_stride, M, N, K, M0, N0, K0,
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

int main(void) {
  static const int64_t sizes[] = {0, 1, 2, 3};
  static const int64_t ks[] = {0, 1, 5};
  static const int tiles[][3] = {{1, 1, 1}, {1, 8, 1}, {4, 4, 2}, {8, 8, 1}, {16, 16, 1}, {2, 16, 2}, {3, 5, 4}};
  int cases = 0;
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
  printf("%d cases, %d elements checked, %d failures\n", cases, checks, failures);
  printf("%d passed, %d failed\n", failures ? 0 : 1, failures ? 1 : 0);
  return failures != 0;
}
