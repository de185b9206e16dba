/* uk-corpus: writes a corpus of per-dispatch LLVM modules, as an ML compiler
 * would: N modules drawn from U distinct kernels, deterministic by seed.
 *
 * Each module holds one exported dispatch function
 *   i32 @dispatch_<i>(ptr noalias %a, ptr noalias %b, ptr noalias %c, i64 %n)
 * computing c[0..n) from a and b with an unrolled vector loop, a module-local
 * helper called in the loop, a private constant table, and (for about half of
 * the kernels) a call to iree_uk_mmt4d with constant tile sizes writing
 * c[n..n+M*N*M0*N0). Every module renames everything (dispatch, helper,
 * table, value names), so that only a name-independent comparison finds the
 * duplicates, and a quarter of the copies carry a no-op that only
 * optimization removes. kernels.txt lists the dispatch names, one per line.
 *
 * -near K: the U kernels come in families of K (kernel k is member k % K of
 * family k / K) that are identical but for constants: each member has its own
 *   - trip count: the loop covers umin(n, LIMIT) elements, LIMIT in 136..256;
 *   - stride: b is read at element STRIDE * i, STRIDE in 2..17;
 *   - byte offset: a is read from BYTES past %a, BYTES in 4..64;
 *   - float scale: the result is multiplied by a splat of SCALE/16, 17..32;
 *   - integer immediate: the table index is (i + IMM) & (len - 1), IMM 1..16;
 * a family varies a nonempty subset of these (chosen by seed) and keeps the
 * others at the family's value. No value is an identity (x*1, x+0) that
 * optimization would fold away. With n <= 256 every access stays inside
 * arrays of 256 + 4096 floats (b is read up to 17 * 256 floats), as
 * uk-run-kernels passes. K is 1..16, so members always differ.
 * Without -near the output is what it always was.
 *
 * usage: uk-corpus -n N -u U [-s SEED] [-size SCALE] [-near K] OUTDIR */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static uint64_t rng_state;
static uint64_t next_u64(void) {
  /* splitmix64: small, portable and deterministic */
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
static int rnd(int lo, int hi) { return lo + (int)(next_u64() % (uint64_t)(hi - lo + 1)); }

typedef struct variant {
  int vw;          /* vector width in floats */
  int unroll;      /* vectors per loop iteration */
  int stages;      /* arithmetic stages per vector */
  int ops[48];     /* op kind per stage */
  int consts[48];  /* constant per stage, in sixteenths */
  int table_len;   /* power of two */
  int table[64];
  int helper_degree;
  int mmt4d;       /* 0: none; else M0 = N0 */
  int mmt4d_k;
} variant;

static variant make_variant(uint64_t seed, int u, int scale) {
  rng_state = seed * 1000003ULL + (uint64_t)u * 7919ULL + 17;
  variant v = {0};
  static const int widths[] = {4, 8, 16};
  v.vw = widths[rnd(0, 2)];
  v.unroll = rnd(2, 4);
  v.stages = rnd(8, 16) * scale;
  if (v.stages > 48) v.stages = 48;
  for (int s = 0; s < v.stages; s++) {
    v.ops[s] = rnd(0, 6);
    v.consts[s] = rnd(1, 31);
  }
  v.table_len = 1 << rnd(3, 6);
  for (int t = 0; t < v.table_len; t++) v.table[t] = rnd(-64, 64);
  v.helper_degree = rnd(2, 5);
  v.mmt4d = rnd(0, 1) ? (rnd(0, 1) ? 4 : 8) : 0;
  v.mmt4d_k = rnd(2, 8);
  return v;
}

/* The constants one member of a -near family has of its own. */
typedef struct member {
  int limit, stride, byte_off, scale16, imm;
} member;

static member make_member(uint64_t seed, int family, int m) {
  rng_state = seed * 2654435761ULL + (uint64_t)family * 40503ULL + 99;
  int vary = rnd(1, 31), idx[5];
  for (int i = 0; i < 5; i++) {
    idx[i] = rnd(0, 15);
    if (vary & (1 << i)) idx[i] = (idx[i] + m) % 16; /* distinct for m < 16 */
  }
  return (member){256 - 8 * idx[0], 2 + idx[1], 4 * (1 + idx[2]), 17 + idx[3], 1 + idx[4]};
}

/* a float constant printed exactly */
static void fconst(FILE *f, double x) { fprintf(f, "%.6e", x); }

static void splat(FILE *f, int vw, double x) {
  fprintf(f, "<");
  for (int i = 0; i < vw; i++) {
    fprintf(f, "%sfloat ", i ? ", " : "");
    fconst(f, x);
  }
  fprintf(f, ">");
}

/* noisy: the module carries a no-op (an add of 0) that optimization removes,
 * as compilers emit trivially different copies of one kernel: identical only
 * after O2. */
static void write_module(FILE *f, int idx, const variant *v, const member *mc, const char *name, int noisy) {
  int vw = v->vw;
  char vt[32];
  snprintf(vt, sizeof vt, "<%d x float>", vw);
  /* value names carry the module index: they must not matter */
  const char *p = "v";
  fprintf(f, "; dispatch %d\n\n", idx);
  fprintf(f, "@table_%d = private unnamed_addr constant [%d x float] [", idx, v->table_len);
  for (int t = 0; t < v->table_len; t++) {
    fprintf(f, "%sfloat ", t ? ", " : "");
    fconst(f, v->table[t] / 8.0);
  }
  fprintf(f, "], align 16\n\n");
  fprintf(f, "declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)\n");
  fprintf(f, "declare %s @llvm.fma.v%df32(%s, %s, %s)\n", vt, vw, vt, vt, vt);
  fprintf(f, "declare %s @llvm.minnum.v%df32(%s, %s)\n", vt, vw, vt, vt);
  fprintf(f, "declare %s @llvm.maxnum.v%df32(%s, %s)\n", vt, vw, vt, vt);
  if (mc) fprintf(f, "declare i64 @llvm.umin.i64(i64, i64)\n");
  fprintf(f, "\n");

  /* helper: a polynomial by Horner's rule */
  fprintf(f, "define internal %s @helper_%d(%s %%x) unnamed_addr #0 {\nentry:\n", vt, idx, vt);
  fprintf(f, "  %%h%d_0 = fmul %s %%x, ", idx, vt);
  splat(f, vw, 0.5);
  fprintf(f, "\n");
  for (int d = 1; d <= v->helper_degree; d++) {
    fprintf(f, "  %%h%d_%d = call %s @llvm.fma.v%df32(%s %%h%d_%d, %s %%x, %s ", idx, d, vt, vw, vt, idx, d - 1, vt, vt);
    splat(f, vw, d / 4.0);
    fprintf(f, ")\n");
  }
  fprintf(f, "  ret %s %%h%d_%d\n}\n\n", vt, idx, v->helper_degree);

  fprintf(f, "define i32 @%s(ptr noalias nonnull align 16 %%a, ptr noalias nonnull align 16 %%b, "
             "ptr noalias nonnull align 16 %%c, i64 %%n) unnamed_addr #0 {\nentry:\n", name);
  if (v->mmt4d) {
    int m0 = v->mmt4d, k = v->mmt4d_k;
    fprintf(f, "  %%cpu%d = alloca [8 x i64], align 8\n", idx);
    fprintf(f, "  store i64 0, ptr %%cpu%d, align 8\n", idx);
    fprintf(f, "  %%out%d = getelementptr inbounds float, ptr %%c, i64 %%n\n", idx);
    fprintf(f, "  call void @iree_uk_mmt4d(ptr %%a, i64 0, i64 %d, ptr %%b, i64 0, i64 %d, ptr %%out%d, i64 0, "
               "i64 %d, i64 2, i64 2, i64 %d, i32 %d, i32 %d, i32 1, i32 513, ptr %%cpu%d)\n",
            k * m0, k * m0, idx, 2 * m0 * m0, k, m0, m0, idx);
  }
  int step = vw * v->unroll;
  /* -near: a's base and the number of elements are the member's */
  const char *pa_base = "%a";
  if (mc) {
    fprintf(f, "  %%lim%d = call i64 @llvm.umin.i64(i64 %%n, i64 %d)\n", idx, mc->limit);
    fprintf(f, "  %%iters%d = udiv i64 %%lim%d, %d\n", idx, idx, step);
    fprintf(f, "  %%ab%d = getelementptr inbounds i8, ptr %%a, i64 %d\n", idx, mc->byte_off);
    pa_base = "%ab";
  } else {
    fprintf(f, "  %%iters%d = udiv i64 %%n, %d\n", idx, step);
  }
  fprintf(f, "  %%any%d = icmp ugt i64 %%iters%d, 0\n", idx, idx);
  fprintf(f, "  br i1 %%any%d, label %%loop, label %%done\n\nloop:\n", idx);
  fprintf(f, "  %%i%d = phi i64 [ 0, %%entry ], [ %%inext%d, %%loop ]\n", idx, idx);
  if (noisy) {
    fprintf(f, "  %%pre%d = mul nuw i64 %%i%d, %d\n", idx, idx, step);
    fprintf(f, "  %%base%d = add nuw i64 %%pre%d, 0\n", idx, idx);
  } else {
    fprintf(f, "  %%base%d = mul nuw i64 %%i%d, %d\n", idx, idx, step);
  }
  for (int r = 0; r < v->unroll; r++) {
    fprintf(f, "  %%off%d_%d = add nuw i64 %%base%d, %d\n", idx, r, idx, r * vw);
    if (mc) {
      fprintf(f, "  %%pa%d_%d = getelementptr inbounds float, ptr %s%d, i64 %%off%d_%d\n", idx, r, pa_base, idx, idx,
              r);
      fprintf(f, "  %%offb%d_%d = mul nuw i64 %%off%d_%d, %d\n", idx, r, idx, r, mc->stride);
      fprintf(f, "  %%pb%d_%d = getelementptr inbounds float, ptr %%b, i64 %%offb%d_%d\n", idx, r, idx, r);
    } else {
      fprintf(f, "  %%pa%d_%d = getelementptr inbounds float, ptr %%a, i64 %%off%d_%d\n", idx, r, idx, r);
      fprintf(f, "  %%pb%d_%d = getelementptr inbounds float, ptr %%b, i64 %%off%d_%d\n", idx, r, idx, r);
    }
    fprintf(f, "  %%pc%d_%d = getelementptr inbounds float, ptr %%c, i64 %%off%d_%d\n", idx, r, idx, r);
    fprintf(f, "  %%%sa%d_%d_0 = load %s, ptr %%pa%d_%d, align 4\n", p, idx, r, vt, idx, r);
    fprintf(f, "  %%%sb%d_%d = load %s, ptr %%pb%d_%d, align 4\n", p, idx, r, vt, idx, r);
    /* table lookup: one entry per unrolled vector, broadcast */
    if (mc) {
      fprintf(f, "  %%tk%d_%d = add i64 %%off%d_%d, %d\n", idx, r, idx, r, mc->imm);
      fprintf(f, "  %%ti%d_%d = and i64 %%tk%d_%d, %d\n", idx, r, idx, r, v->table_len - 1);
    } else {
      fprintf(f, "  %%ti%d_%d = and i64 %%off%d_%d, %d\n", idx, r, idx, r, v->table_len - 1);
    }
    fprintf(f, "  %%tp%d_%d = getelementptr inbounds [%d x float], ptr @table_%d, i64 0, i64 %%ti%d_%d\n", idx, r,
            v->table_len, idx, idx, r);
    fprintf(f, "  %%tv%d_%d = load float, ptr %%tp%d_%d, align 4\n", idx, r, idx, r);
    fprintf(f, "  %%ts%d_%d = insertelement %s poison, float %%tv%d_%d, i64 0\n", idx, r, vt, idx, r);
    fprintf(f, "  %%tb%d_%d = shufflevector %s %%ts%d_%d, %s poison, <%d x i32> zeroinitializer\n", idx, r, vt,
            idx, r, vt, vw);
    for (int s = 0; s < v->stages; s++) {
      char cur[48], nxt[48];
      snprintf(cur, sizeof cur, "%%%sa%d_%d_%d", p, idx, r, s);
      snprintf(nxt, sizeof nxt, "%%%sa%d_%d_%d", p, idx, r, s + 1);
      double c = v->consts[s] / 16.0;
      switch (v->ops[s]) {
      case 0:
        fprintf(f, "  %s = fmul %s %s, ", nxt, vt, cur);
        splat(f, vw, c);
        break;
      case 1:
        fprintf(f, "  %s = fadd %s %s, %%%sb%d_%d", nxt, vt, cur, p, idx, r);
        break;
      case 2:
        fprintf(f, "  %s = call %s @llvm.fma.v%df32(%s %s, %s %%tb%d_%d, %s %%%sb%d_%d)", nxt, vt, vw, vt, cur, vt,
                idx, r, vt, p, idx, r);
        break;
      case 3:
        fprintf(f, "  %s = call %s @llvm.minnum.v%df32(%s %s, %s ", nxt, vt, vw, vt, cur, vt);
        splat(f, vw, 64.0 + c);
        fprintf(f, ")");
        break;
      case 4:
        fprintf(f, "  %s = call %s @llvm.maxnum.v%df32(%s %s, %s ", nxt, vt, vw, vt, cur, vt);
        splat(f, vw, -64.0 - c);
        fprintf(f, ")");
        break;
      case 5:
        fprintf(f, "  %s = call %s @helper_%d(%s %s)", nxt, vt, idx, vt, cur);
        break;
      default:
        fprintf(f, "  %%cmp%d_%d_%d = fcmp olt %s %s, %%%sb%d_%d\n", idx, r, s, vt, cur, p, idx, r);
        fprintf(f, "  %s = select <%d x i1> %%cmp%d_%d_%d, %s %s, %s %%%sb%d_%d", nxt, vw, idx, r, s, vt, cur, vt, p,
                idx, r);
        break;
      }
      fprintf(f, "\n");
    }
    if (mc) {
      fprintf(f, "  %%%sa%d_%d_%d = fmul %s %%%sa%d_%d_%d, ", p, idx, r, v->stages + 1, vt, p, idx, r, v->stages);
      splat(f, vw, mc->scale16 / 16.0);
      fprintf(f, "\n");
    }
    fprintf(f, "  store %s %%%sa%d_%d_%d, ptr %%pc%d_%d, align 4\n", vt, p, idx, r, v->stages + (mc != NULL), idx,
            r);
  }
  fprintf(f, "  %%inext%d = add nuw i64 %%i%d, 1\n", idx, idx);
  fprintf(f, "  %%more%d = icmp ult i64 %%inext%d, %%iters%d\n", idx, idx, idx);
  fprintf(f, "  br i1 %%more%d, label %%loop, label %%done\n\ndone:\n  ret i32 0\n}\n\n", idx);
  fprintf(f, "attributes #0 = { nounwind \"frame-pointer\"=\"all\" }\n");
}

int main(int argc, char **argv) {
  long n = 100, u = 10, scale = 1, near = 0;
  uint64_t seed = 1;
  const char *dir = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-n") && i + 1 < argc) n = strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "-u") && i + 1 < argc) u = strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "-s") && i + 1 < argc) seed = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "-size") && i + 1 < argc) scale = strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "-near") && i + 1 < argc) near = strtol(argv[++i], NULL, 10);
    else if (argv[i][0] != '-' && !dir) dir = argv[i];
    else {
      fprintf(stderr, "usage: uk-corpus -n N -u U [-s SEED] [-size SCALE] [-near K] OUTDIR\n");
      return 1;
    }
  }
  if (!dir || n < 1 || u < 1 || u > n || scale < 1 || scale > 3 || near < 0 || near > 16) {
    fprintf(stderr, "usage: uk-corpus -n N -u U [-s SEED] [-size 1..3] [-near 1..16] OUTDIR (1 <= U <= N)\n");
    return 1;
  }
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "uk-corpus: %s: %s\n", dir, strerror(errno));
    return 1;
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/kernels.txt", dir);
  FILE *list = fopen(path, "w");
  if (!list) {
    fprintf(stderr, "uk-corpus: %s: %s\n", path, strerror(errno));
    return 1;
  }
  for (long i = 0; i < n; i++) {
    /* every kernel appears at least once; the rest are drawn at random */
    rng_state = seed * 31 + (uint64_t)i * 1000033ULL;
    int k = i < u ? (int)i : (int)(next_u64() % (uint64_t)u);
    int noisy = i >= u && next_u64() % 4 == 0;
    /* -near: a family's members share its variant, and differ in constants */
    variant v = make_variant(seed, near ? k / (int)near : k, (int)scale);
    member mc = near ? make_member(seed, k / (int)near, k % (int)near) : (member){0};
    char name[64];
    snprintf(name, sizeof name, "dispatch_%ld_k%d", i, k);
    snprintf(path, sizeof path, "%s/dispatch_%05ld.ll", dir, i);
    FILE *f = fopen(path, "w");
    if (!f) {
      fprintf(stderr, "uk-corpus: %s: %s\n", path, strerror(errno));
      return 1;
    }
    write_module(f, (int)i, &v, near ? &mc : NULL, name, noisy);
    fclose(f);
    fprintf(list, "%s\n", name);
  }
  fclose(list);
  return 0;
}
