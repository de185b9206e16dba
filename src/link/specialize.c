/* Specialization of ukernel calls, and the ukernel naming grammar.
 *
 * A call to iree_uk_mmt4d whose tile shape (M0, N0, K0) and flags are
 * constants becomes a direct call to the library's tile entry for them:
 *   iree_uk_mmt4d_<lhs><rhs><out>_<M0>x<N0>x<K0>_<arch>_<isa>
 * (docs/ukernels.md). Every entry has iree_uk_mmt4d's signature, so only the
 * callee changes. Of the entries for that shape, the one chosen needs only
 * features the target has and, among those, the most of them: the most
 * specialized. What an entry needs is what its ISA level (part of the name)
 * stands for, in the key features a user writes with --features; the
 * entries' own "target-features" also list everything clang implied (+avx
 * for +avx2, ...), which a target's list need not spell out. Which features
 * the target has: for --cpu native what CPUID reports, then --features (a
 * later "-x" removes x). Where the caller carries "target-features" or
 * "target-cpu" attributes (clang puts them on every function), the entry
 * must also be within the caller's "target-features": a caller compiled for
 * a lesser CPU runs there, and so must its tile; one compiled for more than
 * the target gets what the target has. (A caller's "target-cpu" is not
 * expanded into the features it implies: only its listed features count.)
 * A constant call with no such entry goes straight to iree_uk_mmt4d_generic.
 * No runtime selection is left. */
#include "link/link.h"

#include <stdlib.h>
#include <string.h>

static const char *const type_names[] = {
    NULL, "f32f32f32", "s8s8s32", "f16f16f32", "f16f16f16", "bf16bf16f32",
    "bf16bf16bf16", "s16s16s32", "s16u4s32", "s16s8s32", "s8s4s32",
};

const char *uk_mmt4d_type_name(uint32_t type) {
  return type < sizeof type_names / sizeof *type_names ? type_names[type] : NULL;
}

static bool parse_int(const char **p, int *out) {
  int v = 0, digits = 0;
  while (**p >= '0' && **p <= '9' && digits < 6) v = v * 10 + (*(*p)++ - '0'), digits++;
  *out = v;
  return digits > 0 && v > 0;
}

bool uk_parse_mmt4d_name(const char *name, uk_mmt4d_name *out) {
  static const char prefix[] = "iree_uk_mmt4d_";
  if (strncmp(name, prefix, sizeof prefix - 1) != 0) return false;
  const char *p = name + sizeof prefix - 1;
  *out = (uk_mmt4d_name){0};
  for (uint32_t t = 1; t < sizeof type_names / sizeof *type_names; t++) {
    size_t n = strlen(type_names[t]);
    if (strncmp(p, type_names[t], n) == 0 && p[n] == '_') {
      out->type = t;
      p += n + 1;
      break;
    }
  }
  if (!out->type) return false;
  if (!parse_int(&p, &out->m0) || *p++ != 'x' || !parse_int(&p, &out->n0) || *p++ != 'x' ||
      !parse_int(&p, &out->k0) || *p++ != '_')
    return false;
  static const char *const arches[] = {"x86_64_", "aarch64_", "riscv64_"};
  for (size_t a = 0; a < 3; a++) {
    size_t n = strlen(arches[a]);
    if (strncmp(p, arches[a], n) == 0 && p[n]) {
      snprintf(out->arch, sizeof out->arch, "%.*s", (int)(n - 1), p);
      snprintf(out->isa, sizeof out->isa, "%s", p + n);
      return strlen(p + n) < sizeof out->isa;
    }
  }
  return false;
}

/* The ISA levels of the grammar and the key features each needs (AArch64
 * always has NEON). */
#define UK_X86_AVX2_ALL "+avx,+avx2,+cmov,+crc32,+cx8,+f16c,+fma,+fxsr,+mmx,+popcnt,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave"
#define UK_X86_AVX512_ALL UK_X86_AVX2_ALL ",+avx512bw,+avx512cd,+avx512dq,+avx512f,+avx512vl"
#define UK_X86_AVX512_KEYS "+avx2,+fma,+f16c,+avx512f,+avx512cd,+avx512vl,+avx512dq,+avx512bw"
static const struct {
  const char *arch, *isa;
  const char *features; /* the key features it needs */
  const char *all;      /* everything they imply: a generated tile's "target-features" */
} isa_levels[] = {
    {"x86_64", "base", "", "+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87"}, /* x86-64's, as clang lists them */
    {"x86_64", "avx2_fma", "+avx2,+fma,+f16c", UK_X86_AVX2_ALL},
    {"x86_64", "avx512_base", UK_X86_AVX512_KEYS, UK_X86_AVX512_ALL},
    {"x86_64", "avx512_vnni", UK_X86_AVX512_KEYS ",+avx512vnni", UK_X86_AVX512_ALL ",+avx512vnni"},
    {"x86_64", "avx512_bf16", UK_X86_AVX512_KEYS ",+avx512bf16", UK_X86_AVX512_ALL ",+avx512bf16"},
    {"aarch64", "neon", "", "+neon"},
    {"aarch64", "neon_dotprod", "+dotprod", "+neon,+dotprod"},
    {"aarch64", "neon_i8mm", "+i8mm", "+neon,+i8mm"},
    {"aarch64", "neon_bf16", "+bf16", "+neon,+bf16"},
    {"aarch64", "neon_fp16", "+fullfp16", "+neon,+fullfp16"},
    {"riscv64", "base", "", "+m,+a,+f,+d,+c"}, /* rv64gc: the lp64d ABI needs D */
    {"riscv64", "rvv", "+v", "+m,+a,+f,+d,+c,+v"},
};

const char *uk_isa_full_features(const char *arch, const char *isa) {
  for (size_t i = 0; i < sizeof isa_levels / sizeof *isa_levels; i++)
    if (!strcmp(isa_levels[i].arch, arch) && !strcmp(isa_levels[i].isa, isa)) return isa_levels[i].all;
  return NULL;
}

const char *uk_isa_features(const char *arch, const char *isa) {
  for (size_t i = 0; i < sizeof isa_levels / sizeof *isa_levels; i++)
    if (!strcmp(isa_levels[i].arch, arch) && !strcmp(isa_levels[i].isa, isa)) return isa_levels[i].features;
  return NULL;
}

/* ---- feature sets: the "+name" entries of comma-separated lists ---------- */

typedef struct feature_set {
  char **names;
  uint32_t n;
} feature_set;

static bool has_feature(const feature_set *s, const char *f, size_t len) {
  for (uint32_t i = 0; i < s->n; i++)
    if (strlen(s->names[i]) == len && strncmp(s->names[i], f, len) == 0) return true;
  return false;
}

static void add_feature(feature_set *s, const char *f, size_t len) {
  if (has_feature(s, f, len)) return;
  s->names = uk_xrealloc(s->names, (s->n + 1) * sizeof *s->names);
  s->names[s->n++] = uk_xstrndup(f, len);
}

static void remove_feature(feature_set *s, const char *f, size_t len) {
  for (uint32_t i = 0; i < s->n; i++)
    if (strlen(s->names[i]) == len && strncmp(s->names[i], f, len) == 0) {
      free(s->names[i]);
      s->names[i] = s->names[--s->n];
      return;
    }
}

/* "+x" adds x, "-x" removes it: the last entry for x decides, as for LLVM. */
static void add_features(feature_set *s, const char *list) {
  for (const char *p = list; p && *p;) {
    size_t len = strcspn(p, ",");
    if (len > 1 && p[0] == '+') add_feature(s, p + 1, len - 1);
    if (len > 1 && p[0] == '-') remove_feature(s, p + 1, len - 1);
    p += len + (p[len] == ',');
  }
}

static void free_features(feature_set *s) {
  for (uint32_t i = 0; i < s->n; i++) free(s->names[i]);
  free(s->names);
}

/* All "+x" of list are in target and, where the caller states its features
 * (caller not NULL), in the caller's too; the count of them in *count. */
static bool features_within(const char *list, const feature_set *target, const feature_set *caller, uint32_t *count) {
  *count = 0;
  for (const char *p = list; p && *p;) {
    size_t len = strcspn(p, ",");
    if (len > 1 && p[0] == '+') {
      if (!has_feature(target, p + 1, len - 1) || (caller && !has_feature(caller, p + 1, len - 1))) return false;
      ++*count;
    }
    p += len + (p[len] == ',');
  }
  return true;
}

static const char *string_attribute(LLVMValueRef fn, const char *kind) {
  LLVMAttributeRef a = LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, kind, (unsigned)strlen(kind));
  if (!a) return NULL;
  unsigned len;
  return LLVMGetStringAttributeValue(a, &len);
}

/* ---- what IREE compiled a caller for ---------------------------------- */

/* The feature bits of IREE's cpu_data[0] (docs: the mmt4d ukernel ABI), by
 * LLVM's names for them. */
static const struct {
  const char *arch;
  int bit;
  const char *feature;
} cpu_data_bits[] = {
    {"x86_64", 10, "avx"},          {"x86_64", 11, "fma"},          {"x86_64", 14, "f16c"},
    {"x86_64", 15, "avx2"},         {"x86_64", 20, "avx512f"},      {"x86_64", 21, "avx512cd"},
    {"x86_64", 22, "avx512vl"},     {"x86_64", 23, "avx512dq"},     {"x86_64", 24, "avx512bw"},
    {"x86_64", 28, "avx512vnni"},   {"x86_64", 31, "avx512bf16"},   {"x86_64", 32, "avx512fp16"},
    {"aarch64", 10, "fullfp16"},    {"aarch64", 11, "fp16fml"},     {"aarch64", 12, "dotprod"},
    {"aarch64", 13, "i8mm"},        {"aarch64", 14, "bf16"},        {"aarch64", 20, "sve"},
    {"aarch64", 21, "sve2"},        {"riscv64", 0, "v"},            {"riscv64", 1, "zvfhmin"},
    {"riscv64", 2, "zvfh"},         {"riscv64", 3, "zvfbfwma"},     {"riscv64", 5, "zvl256b"},
};

/* cpu_data[0] where the caller fixed it: a constant global's first element,
 * or the constant a store puts at the start of a stack buffer (IREE's way). */
static bool cpu_data_word(LLVMValueRef p, uint64_t *out) {
  LLVMValueRef v = NULL;
  if (LLVMIsAGlobalVariable(p) && LLVMIsGlobalConstant(p) && LLVMGetInitializer(p)) {
    v = LLVMGetAggregateElement(LLVMGetInitializer(p), 0);
  } else if (LLVMIsAAllocaInst(p)) {
    for (LLVMUseRef u = LLVMGetFirstUse(p); u && !v; u = LLVMGetNextUse(u)) {
      LLVMValueRef user = LLVMGetUser(u);
      if (LLVMIsAStoreInst(user) && LLVMGetOperand(user, 1) == p) v = LLVMGetOperand(user, 0);
    }
  }
  if (!v || !LLVMIsAConstantInt(v) || LLVMGetIntTypeWidth(LLVMTypeOf(v)) != 64) return false;
  *out = LLVMConstIntGetZExtValue(v);
  return true;
}

/* Adds to missing the features the caller's cpu_data names that the target
 * does not have: its tiles do without them. */
static void note_missing_features(const char *arch, LLVMValueRef call, const feature_set *target,
                                  feature_set *missing) {
  uint64_t word;
  if (!cpu_data_word(LLVMGetArgOperand(call, 16), &word)) return;
  for (size_t b = 0; b < sizeof cpu_data_bits / sizeof *cpu_data_bits; b++) {
    const char *f = cpu_data_bits[b].feature;
    if (strcmp(cpu_data_bits[b].arch, arch) || !(word >> cpu_data_bits[b].bit & 1)) continue;
    if (!has_feature(target, f, strlen(f))) add_feature(missing, f, strlen(f));
  }
}

/* ---- specialization --------------------------------------------------- */

typedef struct specialize_opts {
  const char *arch; /* of the target */
  bool generate;    /* a call no library tile fits may name a generated one */
} specialize_opts;

void uk_mmt4d_format_name(const uk_mmt4d_name *t, char *out, size_t len) {
  snprintf(out, len, "iree_uk_mmt4d_%s_%dx%dx%d_%s_%s", uk_mmt4d_type_name(t->type), t->m0, t->n0, t->k0, t->arch,
           t->isa);
}

/* The ISA level a generated tile of this type gets on the target (and within
 * the caller's features, where caller_set is not NULL): the one with the
 * instructions for the type if both have it, else the widest vectors. */
bool uk_best_isa(const char *arch, uint32_t type, const void *target_set, const void *caller_set, uk_mmt4d_name *t) {
  const feature_set *target = target_set, *caller = caller_set;
  static const char *const x86[] = {"avx512_base", "avx2_fma", "base"};
  static const char *const arm[] = {"neon"};
  static const char *const rv[] = {"rvv", "base"};
  const char *special = NULL;
  if (!strcmp(arch, "x86_64")) special = type == UK_TYPE_BF16BF16F32 ? "avx512_bf16"
                                         : (type == UK_TYPE_S8S8S32 || type == UK_TYPE_S16S16S32) ? "avx512_vnni" : NULL;
  if (!strcmp(arch, "aarch64")) special = type == UK_TYPE_F16F16F16 ? "neon_fp16"
                                          : type == UK_TYPE_BF16BF16F32 ? "neon_bf16" : NULL;
  const char *const *order = !strcmp(arch, "x86_64") ? x86 : !strcmp(arch, "aarch64") ? arm : rv;
  size_t n = !strcmp(arch, "x86_64") ? 3 : !strcmp(arch, "aarch64") ? 1 : 2;
  uint32_t count;
  snprintf(t->arch, sizeof t->arch, "%s", arch);
  if (special && features_within(uk_isa_features(arch, special), target, caller, &count)) {
    snprintf(t->isa, sizeof t->isa, "%s", special);
    return true;
  }
  for (size_t i = 0; i < n; i++)
    if (features_within(uk_isa_features(arch, order[i]), target, caller, &count)) {
      snprintf(t->isa, sizeof t->isa, "%s", order[i]);
      return true;
    }
  return false;
}

typedef struct entry {
  const char *name;
  uk_mmt4d_name parsed;
  const char *features;
} entry;

/* The best entry for a call, or NULL. */
static const entry *choose(const entry *entries, uint32_t n, uint32_t type, int m0, int n0, int k0,
                           const feature_set *target, const feature_set *caller) {
  const entry *best = NULL;
  uint32_t best_count = 0;
  for (uint32_t i = 0; i < n; i++) {
    const uk_mmt4d_name *e = &entries[i].parsed;
    if (e->type != type || e->m0 != m0 || e->n0 != n0 || e->k0 != k0) continue;
    uint32_t count;
    if (!features_within(entries[i].features, target, caller, &count)) continue;
    if (!best || count > best_count || (count == best_count && strcmp(entries[i].name, best->name) < 0)) {
      best = &entries[i];
      best_count = count;
    }
  }
  return best;
}

static uint32_t specialize_module(const specialize_opts *sp, LLVMModuleRef m, const entry *entries, uint32_t n,
                                  const feature_set *target, feature_set *missing) {
  LLVMValueRef generic = LLVMGetNamedFunction(m, "iree_uk_mmt4d");
  if (!generic || !LLVMIsDeclaration(generic)) return 0;
  uint32_t done = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
    /* the caller's own features, where it states them */
    feature_set caller_features = {0};
    const char *stated = string_attribute(f, "target-features");
    add_features(&caller_features, stated);
    const feature_set *caller = stated || string_attribute(f, "target-cpu") ? &caller_features : NULL;
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb)) {
      for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
        if (LLVMGetInstructionOpcode(i) != LLVMCall || LLVMGetCalledValue(i) != generic) continue;
        if (LLVMGetNumArgOperands(i) != 17) continue;
        LLVMValueRef shape[4];
        bool constant = true;
        for (unsigned a = 0; a < 4; a++) {
          shape[a] = LLVMGetArgOperand(i, 12 + a);
          constant &= LLVMIsAConstantInt(shape[a]) != NULL;
        }
        if (!constant) continue;
        note_missing_features(sp->arch, i, target, missing);
        uint32_t flags = (uint32_t)LLVMConstIntGetZExtValue(shape[3]);
        const entry *e = choose(entries, n, flags & 0xff, (int)LLVMConstIntGetSExtValue(shape[0]),
                                (int)LLVMConstIntGetSExtValue(shape[1]), (int)LLVMConstIntGetSExtValue(shape[2]),
                                target, caller);
        /* No library tile the target can run: a generated one, where the
         * shape can be generated; else the generic one (at run time the same
         * CPU could not do better). */
        char generated[160];
        const char *name = e ? e->name : "iree_uk_mmt4d_generic";
        uk_mmt4d_name want = {flags & 0xff, (int)LLVMConstIntGetSExtValue(shape[0]),
                              (int)LLVMConstIntGetSExtValue(shape[1]), (int)LLVMConstIntGetSExtValue(shape[2]), "", ""};
        if (!e && sp->generate && uk_mmt4d_type_name(want.type) &&
            uk_best_isa(sp->arch, want.type, target, caller, &want) && uk_tile_generatable(&want, NULL, 0)) {
          uk_mmt4d_format_name(&want, generated, sizeof generated);
          name = generated;
        }
        LLVMValueRef callee = LLVMGetNamedFunction(m, name);
        if (!callee) callee = LLVMAddFunction(m, name, LLVMGlobalGetValueType(generic));
        /* the callee is the last operand of a call */
        LLVMSetOperand(i, (unsigned)LLVMGetNumOperands(i) - 1, callee);
        done++;
      }
    }
    free_features(&caller_features);
  }
  return done;
}

uint32_t uk_specialize_ukernel_calls(LLVMModuleRef lib, LLVMModuleRef *mods, uint32_t num_mods, const char *features,
                                     const char *arch, bool generate, char **missing_features) {
  specialize_opts sp = {arch, generate};
  entry *entries = NULL;
  uint32_t n = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(lib); f; f = LLVMGetNextFunction(f)) {
    if (LLVMIsDeclaration(f)) continue;
    size_t len;
    const char *name = LLVMGetValueName2(f, &len);
    uk_mmt4d_name parsed;
    if (!uk_parse_mmt4d_name(name, &parsed)) continue;
    const char *needs = uk_isa_features(parsed.arch, parsed.isa);
    if (!needs) continue; /* an ISA level uklink does not know: never chosen */
    entries = uk_xrealloc(entries, (n + 1) * sizeof *entries);
    entries[n++] = (entry){name, parsed, needs};
  }
  feature_set target = {0};
  add_features(&target, features);
  uint32_t done = 0;
  feature_set missing = {0};
  for (uint32_t i = 0; i < num_mods; i++) done += specialize_module(&sp, mods[i], entries, n, &target, &missing);
  *missing_features = NULL;
  if (missing.n) {
    uk_buf list = {0};
    for (uint32_t i = 0; i < missing.n; i++) {
      if (i) uk_buf_put(&list, ",", 1);
      uk_buf_put(&list, "+", 1);
      uk_buf_put(&list, missing.names[i], strlen(missing.names[i]));
    }
    uk_buf_put(&list, "", 1);
    *missing_features = (char *)list.data;
  }
  free_features(&missing);
  free_features(&target);
  free(entries);
  return done;
}
