/* Specialization of ukernel calls (the ABI's names, ISA levels and cpu_data
 * bits are ukernel/'s).
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

static const char *string_attribute(LLVMValueRef fn, const char *kind) {
  LLVMAttributeRef a = LLVMGetStringAttributeAtIndex(fn, LLVMAttributeFunctionIndex, kind, (unsigned)strlen(kind));
  if (!a) return NULL;
  unsigned len;
  return LLVMGetStringAttributeValue(a, &len);
}

/* ---- what IREE compiled a caller for ---------------------------------- */

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
static void note_missing_features(const char *arch, LLVMValueRef call, const uk_feature_set *target,
                                  uk_feature_set *missing) {
  uint64_t word;
  if (!cpu_data_word(LLVMGetArgOperand(call, UK_MMT4D_ARG_CPU_DATA), &word)) return;
  for (unsigned bit = 0; bit < 64; bit++) {
    const char *f = word >> bit & 1 ? uk_cpu_data_feature(arch, bit) : NULL;
    if (f && !uk_feature_set_has(target, f, strlen(f))) uk_feature_set_add(missing, f, strlen(f));
  }
}

/* ---- specialization --------------------------------------------------- */

typedef struct specialize_opts {
  const char *arch; /* of the target */
  bool generate;    /* a call no library tile fits may name a generated one */
} specialize_opts;

typedef struct entry {
  const char *name;
  uk_mmt4d_name parsed;
  const char *features;
} entry;

/* The best entry for a call, or NULL. */
static const entry *choose(const entry *entries, uint32_t n, uint32_t type, int m0, int n0, int k0,
                           const uk_feature_set *target, const uk_feature_set *caller) {
  const entry *best = NULL;
  uint32_t best_count = 0;
  for (uint32_t i = 0; i < n; i++) {
    const uk_mmt4d_name *e = &entries[i].parsed;
    if (e->type != type || e->m0 != m0 || e->n0 != n0 || e->k0 != k0) continue;
    uint32_t count;
    if (!uk_features_within(entries[i].features, target, caller, &count)) continue;
    if (!best || count > best_count || (count == best_count && strcmp(entries[i].name, best->name) < 0)) {
      best = &entries[i];
      best_count = count;
    }
  }
  return best;
}

static uint32_t specialize_module(const specialize_opts *sp, LLVMModuleRef m, const entry *entries, uint32_t n,
                                  const uk_feature_set *target, uk_feature_set *missing) {
  LLVMValueRef generic = LLVMGetNamedFunction(m, "iree_uk_mmt4d");
  if (!generic || !LLVMIsDeclaration(generic)) return 0;
  uint32_t done = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
    /* the caller's own features, where it states them */
    uk_feature_set caller_features = {0};
    const char *stated = string_attribute(f, "target-features");
    uk_feature_set_apply(&caller_features, stated);
    const uk_feature_set *caller = stated || string_attribute(f, "target-cpu") ? &caller_features : NULL;
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb)) {
      for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
        if (LLVMGetInstructionOpcode(i) != LLVMCall || LLVMGetCalledValue(i) != generic) continue;
        if (LLVMGetNumArgOperands(i) != UK_MMT4D_NUM_ARGS) continue;
        LLVMValueRef shape[4];
        bool constant = true;
        for (unsigned a = 0; a < 4; a++) {
          shape[a] = LLVMGetArgOperand(i, UK_MMT4D_ARG_M0 + a);
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
    uk_feature_set_free(&caller_features);
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
  uk_feature_set target = {0};
  uk_feature_set_apply(&target, features);
  uint32_t done = 0;
  uk_feature_set missing = {0};
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
  uk_feature_set_free(&missing);
  uk_feature_set_free(&target);
  free(entries);
  return done;
}
