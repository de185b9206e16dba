/* split: a module cut into parts, for two ends.
 *  - Before optimization, a combined module (every distinct kernel of a
 *    target, for one shared object), which is otherwise one optimization on
 *    one core, is cut into parts of about `size` IR instructions (at most
 *    UK_MAX_PARTS), optimized in parallel.
 *  - After optimization, a module that becomes a shared object (a part, a
 *    whole module, or --out-dir's kernels module) is cut per kernel: each
 *    kernel (a cluster that defines a function, and no function or
 *    variable of default visibility: the aliases that are its merged
 *    members' names aside) is a part of its own, compiled to an object of
 *    its own, the same whatever else the module holds: what the cache keys
 *    on. The rest is packed as above.
 * The objects are then linked into the one output by lld.
 * Cut where no behaviour can change:
 *  - What must stay together is unioned into one cluster: a global value and
 *    the module-local variables it refers to (their contents stay visible to
 *    the optimizer), definitions that may be dropped or replaced (linkonce,
 *    available_externally: a part must not lose the copy another part
 *    calls), definitions of default visibility (a declaration in another
 *    part could not say dso_local, and a call through the PLT could be
 *    interposed), globals referred to inside constant expressions other than
 *    plain addresses (a difference of two symbols must be resolved by one
 *    assembler), blockaddress targets, an alias and its aliasee, a comdat's
 *    members, and the appending arrays (constructors, llvm.used) with
 *    everything they list.
 *    So are globals that metadata attachments name (!associated, !callees),
 *    module-local symbols that inline assembly names in its text, and
 *    globals in one explicit section.
 *  - Clusters are packed, in module order: the cut depends on the module
 *    and the option only, never on -j, so the output does not either.
 *  - A module-local value that another part refers to (a function called
 *    across parts, a ukernel tile) becomes hidden under a new name: one
 *    definition, every part's references bound to it by the final link,
 *    invisible outside the output, as it was.
 *  - Modules with module-level assembly, thread-local variables, ifuncs,
 *    named metadata that names a global, inline assembly with directives or
 *    labels, or ordered sections (.init_array) are not cut, nor those where
 *    a value inline assembly names would need a new name.
 * Each part is built from the module's bitcode, read lazily: the bodies of
 * other parts' functions are never read; they become declarations with the
 * same attributes, and what the part keeps is linked into a module of its
 * own. */
#include "optimize/optimize.h"

#include <llvm-c/BitReader.h>
#include <llvm-c/Comdat.h>
#include <llvm-c/Linker.h>
#include <stdlib.h>
#include <string.h>

enum { UK_MAX_PARTS = 16 };

/* The global values of m in one order, the same in the module and in every
 * lazily read copy of its bitcode: functions, variables, aliases, ifuncs. */
static LLVMValueRef *global_values(LLVMModuleRef m, uint32_t *n) {
  uint32_t count = 0, cap = 64;
  LLVMValueRef *v = uk_xcalloc(cap, sizeof *v);
  for (int kind = 0; kind < 4; kind++) {
    LLVMValueRef g = kind == 0   ? LLVMGetFirstFunction(m)
                     : kind == 1 ? LLVMGetFirstGlobal(m)
                     : kind == 2 ? LLVMGetFirstGlobalAlias(m)
                                 : LLVMGetFirstGlobalIFunc(m);
    for (; g; g = kind == 0   ? LLVMGetNextFunction(g)
                  : kind == 1 ? LLVMGetNextGlobal(g)
                  : kind == 2 ? LLVMGetNextGlobalAlias(g)
                              : LLVMGetNextGlobalIFunc(g)) {
      if (count == cap) v = uk_xrealloc(v, (cap *= 2) * sizeof *v);
      v[count++] = g;
    }
  }
  *n = count;
  return v;
}

typedef struct asm_match {
  uint32_t *idx; /* the module-local values its text names */
  uint32_t n;
  bool places;   /* it has directives or labels */
} asm_match;

typedef struct cutter {
  LLVMValueRef *values;
  uint32_t n;
  uint64_t *weight; /* per value: 1, and a function's instructions */
  uk_table index; /* value -> its place in values */
  uint32_t *parent; /* union-find */
  /* the references that may cross parts: (user, value) */
  uint32_t (*refs)[2];
  uint32_t num_refs, cap_refs;
  uk_table seen;    /* constant -> the last (user, relative) that walked it */
  uk_table md_seen; /* metadata node -> the last user that walked it, + 1 */
  uk_table in_asm;  /* values inline assembly names: never renamed */
  uk_table asm_slot; /* an inline assembly -> its asms entry */
  asm_match *asms;
  uint32_t num_asms;
  bool uncuttable;
  bool per_kernel; /* the cut after optimization (the module's parts are cut again) */
} cutter;

/* The user that stands for the module's named metadata: a global it refers
 * to keeps the module whole. */
#define NAMED_METADATA UINT32_MAX

static bool index_of(const cutter *c, LLVMValueRef v, uint32_t *i) {
  uint64_t key = (uint64_t)(uintptr_t)v;
  return uk_table_get(&c->index, &key, 1, i);
}

static uint32_t find(cutter *c, uint32_t i) {
  while (c->parent[i] != i) i = c->parent[i] = c->parent[c->parent[i]];
  return i;
}

static void unite(cutter *c, uint32_t a, uint32_t b) {
  a = find(c, a);
  b = find(c, b);
  if (a == b) return;
  if (a < b) c->parent[b] = a; /* the earliest value represents its cluster */
  else c->parent[a] = b;
}

static bool is_discardable(LLVMLinkage l) {
  return l == LLVMLinkOnceAnyLinkage || l == LLVMLinkOnceODRLinkage || l == LLVMAvailableExternallyLinkage;
}

/* User u refers to global value g; `relative`: inside a constant expression
 * that does more than compute an address. */
static void refer(cutter *c, uint32_t u, LLVMValueRef g, bool relative) {
  uint32_t i;
  if (!index_of(c, g, &i) || i == u) return;
  if (u == NAMED_METADATA) {
    c->uncuttable = true;
    return;
  }
  LLVMLinkage l = LLVMGetLinkage(g);
  bool local = uk_is_local_linkage(l);
  bool variable = LLVMIsAGlobalVariable(g) != NULL;
  if (LLVMIsDeclaration(g) && !LLVMIsAGlobalAlias(g)) return; /* a declaration everywhere */
  /* An unnamed module-local value would be promoted as uklink.local.N, N
   * its place in this module: the parts of one module cut again could each
   * make the same name. Cut after optimization, it stays with its users. */
  size_t name_len = 0;
  bool unnamed = c->per_kernel && local && (LLVMGetValueName2(g, &name_len), name_len == 0);
  if (relative || is_discardable(l) || (local && variable) || unnamed ||
      (!local && LLVMGetVisibility(g) == LLVMDefaultVisibility)) {
    unite(c, u, i);
    return;
  }
  if (c->num_refs == c->cap_refs) {
    c->cap_refs = c->cap_refs ? 2 * c->cap_refs : 256;
    c->refs = uk_xrealloc(c->refs, c->cap_refs * sizeof *c->refs);
  }
  c->refs[c->num_refs][0] = u;
  c->refs[c->num_refs][1] = i;
  c->num_refs++;
}

/* Every global value operand v reaches, through constants. */
static void walk(cutter *c, uint32_t u, LLVMValueRef v, bool relative, int depth) {
  if (LLVMIsAGlobalValue(v)) {
    refer(c, u, v, relative);
    return;
  }
  if (LLVMIsABlockAddress(v)) {
    uint32_t i;
    if (u == NAMED_METADATA) c->uncuttable = true;
    else if (index_of(c, LLVMGetBlockAddressFunction(v), &i)) unite(c, u, i);
    return;
  }
  if (!LLVMIsAConstant(v) || LLVMIsAConstantDataSequential(v) || LLVMIsAConstantInt(v) || LLVMIsAConstantFP(v))
    return;
  if (depth > 64) { /* nothing real nests so deep: keep the module whole */
    c->uncuttable = true;
    return;
  }
  /* constants are shared: each is walked once per user, not once per path */
  uint64_t key = (uint64_t)(uintptr_t)v;
  uint32_t mark = 2 * u + relative, was;
  if (uk_table_get(&c->seen, &key, 1, &was) && was == mark) return;
  uk_table_put(&c->seen, &key, 1, mark);
  if (LLVMIsAConstantExpr(v)) {
    LLVMOpcode op = LLVMGetConstOpcode(v);
    relative |= op != LLVMGetElementPtr && op != LLVMBitCast && op != LLVMAddrSpaceCast;
  }
  int n = LLVMGetNumOperands(v);
  for (int k = 0; k < n; k++) walk(c, u, LLVMGetOperand(v, (unsigned)k), relative, depth + 1);
}

/* Every global value metadata md (as a value) refers to: what metadata
 * names is linked along with it, so it stays with its holder. */
static void walk_md(cutter *c, uint32_t u, LLVMValueRef md, int depth) {
  if (!md) return;
  if (LLVMIsAValueAsMetadata(md)) { /* !{ptr @g}, !{i64 1} come as a value wrapped as metadata */
    LLVMValueRef v = NULL;
    LLVMGetMDNodeOperands(md, &v); /* for a wrapped value: the value */
    if (v && (LLVMIsAGlobalValue(v) || LLVMIsAConstant(v))) walk(c, u, v, true, 0);
    return; /* else a value of the user's own body */
  }
  if (!LLVMIsAMDNode(md)) { /* an MDNode's operand that is a value comes as the value */
    if (LLVMIsAGlobalValue(md) || LLVMIsAConstant(md)) walk(c, u, md, true, 0);
    return;
  }
  if (depth > 1000) {
    c->uncuttable = true;
    return;
  }
  uint64_t key = (uint64_t)(uintptr_t)md;
  uint32_t was;
  if (uk_table_get(&c->md_seen, &key, 1, &was) && was == u + 1) return;
  uk_table_put(&c->md_seen, &key, 1, u + 1);
  unsigned n = LLVMGetMDNodeNumOperands(md);
  LLVMValueRef *ops = uk_xcalloc(n + 1, sizeof *ops);
  LLVMGetMDNodeOperands(md, ops);
  for (unsigned k = 0; k < n; k++) walk_md(c, u, ops[k], depth + 1);
  free(ops);
}

/* A global object's metadata attachments, but !dbg. Debug info is not
 * walked (a compile unit reaches every type and global of its source, for
 * each function again): where it names a module-local value of another
 * part (a debug record's location, a DITemplateValueParameter), the part
 * gives it poison instead (unbound()). */
static void walk_attachments(cutter *c, uint32_t u, LLVMValueRef g) {
  size_t n = 0;
  LLVMValueMetadataEntry *md = LLVMGlobalCopyAllMetadata(g, &n);
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(g));
  for (size_t k = 0; k < n; k++)
    if (LLVMValueMetadataEntriesGetKind(md, (unsigned)k) != 0 /* dbg */)
      walk_md(c, u, LLVMMetadataAsValue(ctx, LLVMValueMetadataEntriesGetMetadata(md, (unsigned)k)), 0);
  if (md) LLVMDisposeValueMetadataEntries(md);
}

/* Does assembly text define or place anything itself: a directive (a
 * statement that starts with '.') or a label? Then where it lands matters
 * beyond the symbols it names. */
static bool asm_places_things(const char *text, size_t len) {
  bool start = true;
  for (size_t k = 0; k < len; k++) {
    char ch = text[k];
    if (ch == ':') return true;
    if (ch == '\n' || ch == ';') start = true;
    else if (start && ch == '.') return true;
    else if (ch != ' ' && ch != '\t') start = false;
  }
  return false;
}

/* The module-local values whose names an inline assembly's text holds
 * (found once per distinct assembly); over-matching only unites more. */
static const uint32_t *asm_names(cutter *c, LLVMValueRef asm_value, uint32_t *n) {
  uint64_t key = (uint64_t)(uintptr_t)asm_value;
  uint32_t slot;
  if (!uk_table_get(&c->asm_slot, &key, 1, &slot)) {
    size_t len;
    const char *text = LLVMGetInlineAsmAsmString(asm_value, &len);
    slot = c->num_asms++;
    c->asms = uk_xrealloc(c->asms, c->num_asms * sizeof *c->asms);
    c->asms[slot] = (asm_match){NULL, 0, asm_places_things(text, len)};
    char *z = uk_xstrndup(text, len);
    for (uint32_t i = 0; i < c->n; i++) {
      size_t nl;
      const char *name = LLVMGetValueName2(c->values[i], &nl);
      if (!nl || !uk_is_local_linkage(LLVMGetLinkage(c->values[i])) || !strstr(z, name)) continue;
      c->asms[slot].idx = uk_xrealloc(c->asms[slot].idx, (c->asms[slot].n + 1) * sizeof(uint32_t));
      c->asms[slot].idx[c->asms[slot].n++] = i;
    }
    free(z);
    uk_table_put(&c->asm_slot, &key, 1, slot);
  }
  if (c->asms[slot].places) c->uncuttable = true;
  *n = c->asms[slot].n;
  return c->asms[slot].idx;
}

/* Inline assembly may name a module-local symbol in its text (call
 * helper): it stays in the part of the function whose assembly names it,
 * and is never renamed (see promote). IREE's (vblendps) names none. */
static void walk_asm(cutter *c, uint32_t u, LLVMValueRef asm_value) {
  uint32_t n;
  const uint32_t *idx = asm_names(c, asm_value, &n);
  for (uint32_t k = 0; k < n; k++) {
    uint64_t key = idx[k];
    uk_table_put(&c->in_asm, &key, 1, 1);
    unite(c, u, idx[k]);
  }
}

static void walk_function(cutter *c, uint32_t u, LLVMValueRef f) {
  if (LLVMHasPersonalityFn(f)) walk(c, u, LLVMGetPersonalityFn(f), false, 0);
  if (LLVMHasPrefixData(f)) walk(c, u, LLVMGetPrefixData(f), true, 0);
  if (LLVMHasPrologueData(f)) walk(c, u, LLVMGetPrologueData(f), true, 0);
  walk_attachments(c, u, f);
  LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(f));
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = LLVMGetNextInstruction(in)) {
      int n = LLVMGetNumOperands(in);
      for (int k = 0; k < n; k++) {
        LLVMValueRef op = LLVMGetOperand(in, (unsigned)k);
        if (!op || LLVMIsAInstruction(op) || LLVMIsAArgument(op) || LLVMIsABasicBlock(op)) continue;
        if (LLVMIsAInlineAsm(op)) walk_asm(c, u, op);
        else if (LLVMIsAMDNode(op) || LLVMIsAValueAsMetadata(op)) walk_md(c, u, op, 0);
        else walk(c, u, op, false, 0);
      }
      if (LLVMHasMetadata(in)) {
        size_t nmd = 0;
        LLVMValueMetadataEntry *md = LLVMInstructionGetAllMetadataOtherThanDebugLoc(in, &nmd);
        for (size_t k = 0; k < nmd; k++) /* LLVM 22 lists the !dbg location too: debug info is left out */
          if (LLVMValueMetadataEntriesGetKind(md, (unsigned)k) != 0)
            walk_md(c, u, LLVMMetadataAsValue(ctx, LLVMValueMetadataEntriesGetMetadata(md, (unsigned)k)), 0);
        if (md) LLVMDisposeValueMetadataEntries(md);
      }
    }
}

/* Sections whose contents run or are read in link order: what is in them
 * is never cut apart from the constructors. */
static bool is_ordered_section(const char *s) {
  static const char *const prefixes[] = {".init_array", ".fini_array", ".preinit_array", ".ctors", ".dtors",
                                         ".init", ".fini"};
  for (size_t k = 0; k < sizeof prefixes / sizeof *prefixes; k++)
    if (!strncmp(s, prefixes[k], strlen(prefixes[k]))) return true;
  return false;
}

static uint64_t string_key(const char *s) { /* FNV-1a: equal keys only unite more */
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) h = (h ^ (uint8_t)*s) * 1099511628211ull;
  return h;
}

/* Which part each global value of m goes to; c->uncuttable if m stays whole. */
static void find_clusters(cutter *c, LLVMModuleRef m) {
  size_t asm_len = 0;
  LLVMGetModuleInlineAsm(m, &asm_len);
  if (asm_len || LLVMGetFirstGlobalIFunc(m)) c->uncuttable = true;
  uk_table first_with = {0}; /* a comdat, or a section name -> its first member */
  for (uint32_t i = 0; i < c->n && !c->uncuttable; i++) {
    LLVMValueRef g = c->values[i];
    if (LLVMIsAGlobalVariable(g) && LLVMIsThreadLocal(g)) c->uncuttable = true;
    uint64_t keys[2] = {0, 0};
    if (!LLVMIsAGlobalAlias(g) && LLVMGetComdat(g)) keys[0] = (uint64_t)(uintptr_t)LLVMGetComdat(g);
    const char *sec = LLVMIsAGlobalAlias(g) ? NULL : LLVMGetSection(g);
    if (sec && *sec) {
      if (is_ordered_section(sec)) c->uncuttable = true;
      keys[1] = string_key(sec) | 1; /* odd: never a comdat's pointer */
    }
    for (int k = 0; k < 2; k++) {
      uint32_t first;
      if (!keys[k]) continue;
      if (uk_table_get(&first_with, &keys[k], 1, &first)) unite(c, first, i);
      else uk_table_put(&first_with, &keys[k], 1, i);
    }
    if (LLVMIsAFunction(g)) {
      walk_function(c, i, g);
    } else if (LLVMIsAGlobalVariable(g)) {
      LLVMValueRef init = LLVMGetInitializer(g);
      bool appending = LLVMGetLinkage(g) == LLVMAppendingLinkage;
      if (init) walk(c, i, init, appending, 0);
      walk_attachments(c, i, g);
    } else if (LLVMIsAGlobalAlias(g)) {
      walk(c, i, LLVMAliasGetAliasee(g), true, 0); /* an aliasee is defined where its alias is */
    }
  }
  uk_table_free(&first_with);
  /* named metadata (llvm.dbg.cu, llvm.linker.options, ...) is in every part */
  for (LLVMNamedMDNodeRef nm = LLVMGetFirstNamedMetadata(m); nm && !c->uncuttable; nm = LLVMGetNextNamedMetadata(nm)) {
    size_t len;
    const char *name = LLVMGetNamedMetadataName(nm, &len);
    char *z = uk_xstrndup(name, len);
    unsigned n = LLVMGetNamedMetadataNumOperands(m, z);
    LLVMValueRef *ops = uk_xcalloc(n + 1, sizeof *ops);
    LLVMGetNamedMetadataOperands(m, z, ops);
    for (unsigned k = 0; k < n; k++) walk_md(c, NAMED_METADATA, ops[k], 0);
    free(ops);
    free(z);
  }
}

/* Does g keep its cluster from being a kernel: a function or variable
 * others may see (not module-local, default visibility)? Not an alias: the
 * names of a kernel's merged members are aliases of it. */
static bool exports(LLVMValueRef g) {
  if (LLVMIsDeclaration(g) || LLVMIsAGlobalAlias(g) || uk_is_local_linkage(LLVMGetLinkage(g))) return false;
  return LLVMGetVisibility(g) == LLVMDefaultVisibility;
}

/* Clusters into parts, numbered in module order of their first values:
 * per_kernel, each kernel one part; the other clusters packed into parts
 * of about `size` instructions. Returns how many parts. */
static uint32_t pack(cutter *c, uint32_t size, bool per_kernel, uint32_t *owner) {
  uint64_t *weight = uk_xcalloc(c->n + 1, sizeof *weight), total = 0; /* per cluster: the packed ones' */
  bool *alone = uk_xcalloc(c->n + 1, sizeof *alone);   /* per cluster: a kernel, a part of its own */
  bool *exported = uk_xcalloc(c->n + 1, sizeof *exported);
  bool *defines = uk_xcalloc(c->n + 1, sizeof *defines); /* per cluster: not declarations only */
  for (uint32_t i = 0; i < c->n; i++) {
    uint32_t r = find(c, i);
    LLVMValueRef g = c->values[i];
    defines[r] |= LLVMIsAGlobalAlias(g) || !LLVMIsDeclaration(g);
    exported[r] |= exports(g);
    alone[r] |= per_kernel && LLVMIsAFunction(g) && !LLVMIsDeclaration(g);
  }
  for (uint32_t i = 0; i < c->n; i++) {
    uint32_t r = find(c, i);
    if (exported[r]) alone[r] = false;
    if (alone[r] || !defines[r]) continue;
    weight[r] += c->weight[i];
    total += c->weight[i];
  }
  uint64_t bins = size ? total / size : 1;
  if (bins < 1) bins = 1;
  if (bins > UK_MAX_PARTS) bins = UK_MAX_PARTS;
  uint32_t bin_part[UK_MAX_PARTS];
  for (uint32_t b = 0; b < UK_MAX_PARTS; b++) bin_part[b] = UINT32_MAX;
  uint32_t *part_of_cluster = uk_xcalloc(c->n + 1, sizeof *part_of_cluster);
  uint64_t before = 0;
  uint32_t used = 0;
  for (uint32_t i = 0; i < c->n; i++) {
    if (find(c, i) != i || !defines[i]) continue; /* a declaration is in every part that uses it */
    if (alone[i]) {
      part_of_cluster[i] = used++;
      continue;
    }
    uint32_t b = (uint32_t)(before * bins / (total ? total : 1)); /* where the weight before it falls */
    if (bin_part[b] == UINT32_MAX) bin_part[b] = used++;
    part_of_cluster[i] = bin_part[b];
    before += weight[i];
  }
  for (uint32_t i = 0; i < c->n; i++) owner[i] = part_of_cluster[find(c, i)];
  free(part_of_cluster);
  free(defines);
  free(exported);
  free(alone);
  free(weight);
  return used ? used : 1;
}

/* A module-local value that another part refers to becomes hidden: still
 * one definition, now bound by the final link. False if one is named by
 * inline assembly, which a new name would leave behind (m unchanged). */
static bool promote(cutter *c, const uint32_t *owner) {
  for (uint32_t r = 0; r < c->num_refs; r++) {
    uint32_t u = c->refs[r][0], i = c->refs[r][1], v;
    uint64_t key = i;
    if (owner[u] != owner[i] && uk_is_local_linkage(LLVMGetLinkage(c->values[i])) &&
        uk_table_get(&c->in_asm, &key, 1, &v))
      return false;
  }
  for (uint32_t r = 0; r < c->num_refs; r++) {
    uint32_t u = c->refs[r][0], i = c->refs[r][1];
    LLVMValueRef g = c->values[i];
    if (owner[u] == owner[i] || !uk_is_local_linkage(LLVMGetLinkage(g))) continue;
    /* renamed: a module-local _init or memcpy is no such symbol of the link */
    size_t len;
    const char *old = LLVMGetValueName2(g, &len);
    char *name = len ? uk_format("%.*s.uklink", (int)len, old) : uk_format("uklink.local.%u", i);
    LLVMSetValueName2(g, name, strlen(name));
    free(name);
    LLVMSetLinkage(g, LLVMExternalLinkage);
    LLVMSetVisibility(g, LLVMHiddenVisibility);
  }
  return true;
}

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

/* ps->need: per part, the values of other parts its values refer to. */
static void list_needs(const cutter *c, uk_parts *ps) {
  ps->need_start = uk_xcalloc((size_t)ps->num_parts + 2, sizeof *ps->need_start);
  ps->need = uk_xcalloc((size_t)c->num_refs + 1, sizeof *ps->need);
  uint32_t *fill = uk_xcalloc((size_t)ps->num_parts + 1, sizeof *fill);
  for (uint32_t r = 0; r < c->num_refs; r++)
    if (ps->owner[c->refs[r][0]] != ps->owner[c->refs[r][1]]) ps->need_start[ps->owner[c->refs[r][0]] + 1]++;
  for (uint32_t p = 0; p < ps->num_parts; p++) ps->need_start[p + 1] += ps->need_start[p];
  for (uint32_t r = 0; r < c->num_refs; r++) {
    uint32_t p = ps->owner[c->refs[r][0]];
    if (p != ps->owner[c->refs[r][1]]) ps->need[ps->need_start[p] + fill[p]++] = c->refs[r][1];
  }
  for (uint32_t p = 0; p < ps->num_parts; p++) /* sorted, for bsearch */
    qsort(ps->need + ps->need_start[p], ps->need_start[p + 1] - ps->need_start[p], sizeof *ps->need, cmp_u32);
  free(fill);
}

static bool needs(const uk_parts *ps, uint32_t part, uint32_t i) {
  return bsearch(&i, ps->need + ps->need_start[part], ps->need_start[part + 1] - ps->need_start[part],
                 sizeof *ps->need, cmp_u32) != NULL;
}

/* g, defined by another part and not referred to by this one: left out of
 * the part unread. The link takes a module-local, linkonce or declared value
 * only where something refers to it; nothing does. */
static void leave_out(LLVMValueRef g) {
  if (LLVMIsDeclaration(g) || uk_is_local_linkage(LLVMGetLinkage(g))) return;
  if (!LLVMIsAGlobalAlias(g)) LLVMSetComdat(g, NULL);
  LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
}

uk_parts *uk_split_module(LLVMModuleRef m, uint32_t size, bool per_kernel) {
  cutter c = {.per_kernel = per_kernel};
  c.values = global_values(m, &c.n);
  c.weight = uk_xcalloc(c.n + 1, sizeof *c.weight);
  uint64_t code = 0; /* the functions' weight: too small for two parts, m is not even looked at */
  for (uint32_t i = 0; i < c.n; i++) {
    bool fn = LLVMIsAFunction(c.values[i]) != NULL;
    c.weight[i] = 1 + (fn ? uk_count_instructions(c.values[i]) : 0);
    code += fn ? c.weight[i] : 0;
  }
  if (!per_kernel && (!size || code / size < 2)) {
    free(c.weight);
    free(c.values);
    return NULL;
  }
  c.parent = uk_xcalloc(c.n + 1, sizeof *c.parent);
  for (uint32_t i = 0; i < c.n; i++) {
    c.parent[i] = i;
    uint64_t key = (uint64_t)(uintptr_t)c.values[i];
    uk_table_put(&c.index, &key, 1, i);
  }
  find_clusters(&c, m);
  uk_parts *ps = NULL;
  uint32_t *owner = uk_xcalloc(c.n + 1, sizeof *owner);
  uint32_t parts = c.uncuttable ? 1 : pack(&c, size, per_kernel, owner);
  if (parts > 1 && promote(&c, owner)) {
    ps = uk_xcalloc(1, sizeof *ps);
    ps->num_parts = parts;
    ps->num_values = c.n;
    ps->owner = owner;
    owner = NULL;
    /* Debug info is not walked (find_clusters), but the IR mover follows
     * it: a part of a module with debug info declares every other part's
     * definition, as LLVM must see it, rather than leaving any out. */
    if (!LLVMGetNamedMetadata(m, "llvm.dbg.cu", 11)) list_needs(&c, ps);
    size_t len;
    ps->name = uk_xstrdup(LLVMGetModuleIdentifier(m, &len));
    /* Without the use-list order: a part is then the same module whether it
     * is cut in a worker, which keeps the order for what it sends, or
     * in-process, which never asks LLVM for it. */
    uk_llvm_drop_use_list_order();
    uk_write_bitcode(m, &ps->bitcode);
  }
  free(owner);
  free(c.refs);
  free(c.parent);
  free(c.weight);
  uk_table_free(&c.index);
  uk_table_free(&c.seen);
  uk_table_free(&c.md_seen);
  uk_table_free(&c.in_asm);
  uk_table_free(&c.asm_slot);
  for (uint32_t k = 0; k < c.num_asms; k++) free(c.asms[k].idx);
  free(c.asms);
  free(c.values);
  return ps;
}

/* The function an alias names, through casts, offsets and other aliases;
 * NULL if it names none. */
static LLVMValueRef aliased_function(LLVMValueRef a) {
  LLVMValueRef v = LLVMAliasGetAliasee(a);
  for (int k = 0; v && k < 64; k++) {
    if (LLVMIsAFunction(v)) return v;
    if (LLVMIsAGlobalAlias(v)) v = LLVMAliasGetAliasee(v);
    else if (LLVMIsAConstantExpr(v)) v = LLVMGetOperand(v, 0);
    else return NULL;
  }
  return NULL;
}

/* a, an alias another part defines: its uses, also in bodies not read yet
 * (the reader's values follow the replacement), go to a declaration of its
 * name; a itself is made module-local and nameless, and linking leaves it
 * out unused (the C API cannot delete an alias). */
static void declare_alias_instead(LLVMModuleRef m, LLVMValueRef a, uint32_t i) {
  char *name = uk_is_local_linkage(LLVMGetLinkage(a)) ? uk_format("uklink.unbound.%u", i) : uk_name_of(a);
  LLVMTypeRef ty = LLVMGlobalGetValueType(a);
  LLVMValueRef d;
  if (LLVMGetTypeKind(ty) == LLVMFunctionTypeKind) {
    d = LLVMAddFunction(m, "", ty);
    LLVMValueRef f = aliased_function(a);
    if (f && LLVMGlobalGetValueType(f) == ty) {
      LLVMSetFunctionCallConv(d, LLVMGetFunctionCallConv(f));
      uk_copy_attributes(f, d);
    }
  } else {
    d = LLVMAddGlobalInAddressSpace(m, ty, "", LLVMGetPointerAddressSpace(LLVMTypeOf(a)));
  }
  LLVMSetUnnamedAddress(d, LLVMGetUnnamedAddress(a));
  LLVMSetVisibility(d, LLVMGetVisibility(a));
  LLVMSetLinkage(a, LLVMInternalLinkage);
  LLVMSetVisibility(a, LLVMDefaultVisibility);
  LLVMSetValueName2(a, "", 0);
  LLVMReplaceAllUsesWith(a, d);
  LLVMSetValueName2(d, name, strlen(name));
  free(name);
}

/* g, defined by another part, made a declaration. A module-local g that no
 * promotion made hidden is nothing this part may refer to: its declaration
 * is named so that a reference left to it shows (see unbound()). */
static LLVMValueRef declare_instead(LLVMModuleRef m, LLVMValueRef g, uint32_t i) {
  bool local = uk_is_local_linkage(LLVMGetLinkage(g));
  char *name = local ? uk_format("uklink.unbound.%u", i) : uk_name_of(g);
  if (LLVMIsAFunction(g)) {
    LLVMValueRef d = LLVMAddFunction(m, "", LLVMGlobalGetValueType(g));
    LLVMSetFunctionCallConv(d, LLVMGetFunctionCallConv(g));
    LLVMSetUnnamedAddress(d, LLVMGetUnnamedAddress(g));
    LLVMSetVisibility(d, LLVMGetVisibility(g));
    uk_copy_attributes(g, d);
    uk_replace_function(g, d, NULL, name);
    g = d;
  } else {
    LLVMSetInitializer(g, NULL);
    LLVMSetComdat(g, NULL);
    LLVMSetLinkage(g, LLVMExternalLinkage);
    if (local) LLVMSetValueName2(g, name, strlen(name));
  }
  free(name);
  return g;
}

/* Declarations in part m of module-local values of other parts: one that
 * only metadata names (debug info) is given poison; the name of the first
 * one that code uses, or NULL. */
static char *unbound(LLVMModuleRef m) {
  size_t len;
  LLVMValueRef next;
  for (int kind = 0; kind < 2; kind++)
    for (LLVMValueRef g = kind ? LLVMGetFirstGlobal(m) : LLVMGetFirstFunction(m); g; g = next) {
      next = kind ? LLVMGetNextGlobal(g) : LLVMGetNextFunction(g);
      if (strncmp(LLVMGetValueName2(g, &len), "uklink.unbound.", 15)) continue;
      if (LLVMGetFirstUse(g)) return uk_name_of(g);
      LLVMReplaceAllUsesWith(g, LLVMGetPoison(LLVMTypeOf(g))); /* its metadata uses */
      if (kind) LLVMDeleteGlobal(g);
      else LLVMDeleteFunction(g);
    }
  return NULL;
}

LLVMModuleRef uk_part_module(LLVMContextRef c, const uk_parts *ps, uint32_t part, char **error) {
  LLVMMemoryBufferRef mb = LLVMCreateMemoryBufferWithMemoryRange((const char *)ps->bitcode.data, ps->bitcode.len,
                                                                  ps->name, 0);
  LLVMModuleRef m = NULL;
  if (LLVMGetBitcodeModuleInContext2(c, mb, &m)) { /* takes mb only on success */
    LLVMDisposeMemoryBuffer(mb);
    *error = uk_xstrdup("cannot read the module to split");
    return NULL;
  }
  uint32_t n;
  LLVMValueRef *values = global_values(m, &n);
  if (n != ps->num_values) {
    free(values);
    LLVMDisposeModule(m);
    *error = uk_xstrdup("the module to split reads back with other globals");
    return NULL;
  }
  for (uint32_t i = 0; i < n; i++) {
    LLVMValueRef g = values[i];
    if (ps->owner[i] == part) continue;
    if (ps->need && !needs(ps, part, i) && !(LLVMIsAGlobalVariable(g) && LLVMGetLinkage(g) == LLVMAppendingLinkage)) {
      leave_out(g);
    } else if (LLVMIsAGlobalAlias(g)) {
      declare_alias_instead(m, g, i);
    } else if (LLVMIsAGlobalVariable(g) && LLVMGetLinkage(g) == LLVMAppendingLinkage) {
      LLVMDeleteGlobal(g);
    } else if (!LLVMIsDeclaration(g)) {
      declare_instead(m, g, i);
    }
  }
  free(values);
  LLVMModuleRef out = LLVMModuleCreateWithNameInContext(ps->name, c);
  size_t len;
  const char *src = LLVMGetSourceFileName(m, &len);
  LLVMSetSourceFileName(out, src, len);
  LLVMSetTarget(out, LLVMGetTarget(m));
  LLVMSetDataLayout(out, LLVMGetDataLayoutStr(m));
  if (LLVMLinkModules2(out, m)) { /* destroys m */
    char *e = uk_take_llvm_error(c);
    *error = uk_format("cannot build part %u: %s", part, e ? e : "");
    free(e);
    LLVMDisposeModule(out);
    return NULL;
  }
  char *left = unbound(out);
  if (left) {
    *error = uk_format("internal error: part %u refers to %s, module-local to another part", part, left);
    free(left);
    LLVMDisposeModule(out);
    return NULL;
  }
  return out;
}

void uk_parts_free(uk_parts *ps) {
  if (!ps) return;
  free(ps->owner);
  free(ps->need_start);
  free(ps->need);
  free(ps->name);
  uk_buf_free(&ps->bitcode);
  free(ps);
}
