/* Fingerprint: the canonical, name-independent form of a function.
 *
 * The walker writes one byte string per function such that two functions
 * with equal strings behave the same wherever they are linked:
 *  - values are numbered locally (arguments, then instructions and blocks in
 *    order), so names do not matter;
 *  - types are written structurally, once per function, then by number;
 *  - constants are written by value, each aggregate or expression once per
 *    function, then by number (shared constants would otherwise be walked
 *    once per path: exponential); private unnamed_addr constants by content;
 *  - a module-local function is written as the hash of its own fingerprint
 *    (computed first, depth-first; recursion through module-local functions
 *    other than direct self-calls makes the function ineligible);
 *  - the function itself is written as "self", never by name; a function
 *    whose address is significant (not unnamed_addr) and that uses its own
 *    address other than as the callee of a call is ineligible: a merged copy
 *    would see another function's address;
 *  - every other symbol is written by name, with everything its declaration
 *    in this module says (kind, types, address space, linkage class,
 *    visibility, dso_local, unnamed_addr, alignment, section, comdat,
 *    attributes, metadata; constant, thread-local mode and
 *    externally_initialized for variables; the aliasee of an alias), since
 *    the optimizer trusts it: two bodies that call "f" declared memory(none)
 *    in one module and not in the other are not the same;
 *  - every flag, alignment, ordering, sync scope, calling convention,
 *    attribute (function, parameter, call site) and every attached metadata
 *    kind except !dbg is written.
 * Whatever the C API does not let us see exactly (range attributes, custom
 * metadata kinds and sync scopes, wide integers, exception handling, ...)
 * makes the function ineligible, with a reason. Equality of the strings is
 * what merging trusts; the BLAKE3 hash only buckets them.
 */
#include "fingerprint/fingerprint.h"

#include "ukernel/ukernel.h"

#include <llvm-c/BitReader.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Comdat.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/blake3.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- pointer -> index maps ------------------------------------------ */


static void pm_put(uk_table *m, const void *k, uint32_t v) {
  uint64_t key = (uintptr_t)k;
  uk_table_put(m, &key, 1, v);
}
static bool pm_get(const uk_table *m, const void *k, uint32_t *v) {
  uint64_t key = (uintptr_t)k;
  return uk_table_get(m, &key, 1, v);
}
static void pm_free(uk_table *m) { uk_table_free(m); }

/* ---- walker state ---------------------------------------------------- */

enum {
  /* tags; any change here changes every fingerprint, which is fine */
  T_FUNC = 1, T_BLOCK, T_INST, T_TYPE_NEW, T_TYPE_REF, T_ARG, T_VAL, T_BB,
  T_SELF, T_FNREF, T_SYMBOL, T_GNEW, T_GREF, T_CINT, T_CFP, T_NULL, T_ZERO,
  T_UNDEF, T_POISON, T_TOKNONE, T_TARGETNONE, T_CDATA, T_CAGG, T_CEXPR,
  T_MDNULL, T_MDSTR, T_MDNODE, T_MDREF, T_MDVAL, T_ASM, T_ATTRS, T_BUNDLE,
  T_METADATA, T_CREF, T_PARAM, T_DEBUG,
};

/* Deeper constants than this are not walked (the walk recurses). */
#define MAX_CONST_DEPTH 4096
/* Up to this many instructions in a module, printing a symbol in place
 * (which walks them all) costs less than a lazily read copy of the module. */
#define DIRECT_PRINT_LIMIT 10000

typedef struct fp_module {
  LLVMModuleRef m;
  LLVMContextRef c;
  LLVMValueRef *fns;
  uk_table fn_index;
  uint8_t *state;             /* 0 new, 1 in progress, 2 done */
  uk_fingerprint *out;
  unsigned first_custom_md_kind;
  unsigned naked_kind;
  unsigned immarg_kind;
  int depth;
  LLVMModuleRef scratch;      /* for printing attributes C cannot read */
  bool mask_constants;        /* the analysis: constants' values left out */
  /* What the C API cannot read about a symbol (dso_local, ...) is read from
   * its printed form, once per symbol. Printing a function walks every
   * instruction of its module: in a large module the symbol is printed from
   * a copy read lazily from bitcode (bodies unread), made on the first need. */
  int64_t instructions;       /* in m; -1 until counted */
  bool view_tried;
  LLVMContextRef view_ctx;
  LLVMModuleRef view;
  char *view_error;
  uk_table printed;             /* global -> 1 + PRINTED_* bits */
  uk_table address_seen;        /* module-local constant -> address_seen() */
  uk_table type_text;           /* type -> its printed length, capped (type_text_len) */
} fp_module;

typedef struct fp_fn {
  fp_module *mod;
  uint32_t self;
  uk_buf *b;
  uk_table values, types, mds, globals, consts;
  uint32_t next_type, next_md, next_global, next_const;
  int const_depth;
  const char *reason;         /* set once: the function is ineligible */
  uint32_t *refs;
  uint32_t num_refs;
  /* constant slots (uk_param_slot): their values are in b, and listed in
   * consts; near hashes b without them */
  uk_buf *slot_values;
  uint32_t num_slots;
  size_t *spans;              /* [2*i] offset, [2*i+1] length in b of slot i's value */
  const char *near_reason;    /* uk_fingerprint.near_reason */
} fp_fn;

static void fp_function(fp_module *mod, uint32_t idx);
static void enc_value(fp_fn *w, LLVMValueRef v, bool callee);
static void enc_const(fp_fn *w, LLVMValueRef c, bool callee);

static bool is_metadata(LLVMValueRef v) { return LLVMGetValueKind(v) == LLVMMetadataAsValueValueKind; }

static void ineligible(fp_fn *w, const char *reason) {
  if (!w->reason) w->reason = reason;
}

static void put_str(fp_fn *w, const char *s, size_t n) { uk_buf_str(w->b, s, n); }
static void put_cstr(fp_fn *w, const char *s) { put_str(w, s ? s : "", s ? strlen(s) : 0); }

/* ---- types ----------------------------------------------------------- */

static void enc_type(fp_fn *w, LLVMTypeRef t) {
  uint32_t id;
  if (pm_get(&w->types, t, &id)) {
    uk_buf_u8(w->b, T_TYPE_REF);
    uk_buf_uv(w->b, id);
    return;
  }
  pm_put(&w->types, t, w->next_type++);
  LLVMTypeKind k = LLVMGetTypeKind(t);
  uk_buf_u8(w->b, T_TYPE_NEW);
  uk_buf_uv(w->b, (uint64_t)k);
  switch (k) {
  case LLVMIntegerTypeKind:
    uk_buf_uv(w->b, LLVMGetIntTypeWidth(t));
    break;
  case LLVMPointerTypeKind:
    uk_buf_uv(w->b, LLVMGetPointerAddressSpace(t));
    break;
  case LLVMVectorTypeKind:
  case LLVMScalableVectorTypeKind:
    uk_buf_uv(w->b, LLVMGetVectorSize(t));
    enc_type(w, LLVMGetElementType(t));
    break;
  case LLVMArrayTypeKind:
    uk_buf_uv(w->b, LLVMGetArrayLength2(t));
    enc_type(w, LLVMGetElementType(t));
    break;
  case LLVMStructTypeKind: {
    if (LLVMIsOpaqueStruct(t)) {
      ineligible(w, "uses an opaque struct type");
      break;
    }
    unsigned n = LLVMCountStructElementTypes(t);
    uk_buf_u8(w->b, (uint8_t)LLVMIsPackedStruct(t));
    uk_buf_uv(w->b, n);
    for (unsigned i = 0; i < n; i++) enc_type(w, LLVMStructGetTypeAtIndex(t, i));
    break;
  }
  case LLVMFunctionTypeKind: {
    unsigned n = LLVMCountParamTypes(t);
    enc_type(w, LLVMGetReturnType(t));
    uk_buf_uv(w->b, n);
    LLVMTypeRef *ps = uk_xcalloc(n, sizeof *ps);
    LLVMGetParamTypes(t, ps);
    for (unsigned i = 0; i < n; i++) enc_type(w, ps[i]);
    free(ps);
    uk_buf_u8(w->b, (uint8_t)LLVMIsFunctionVarArg(t));
    break;
  }
  case LLVMTargetExtTypeKind: {
    put_cstr(w, LLVMGetTargetExtTypeName(t));
    unsigned nt = LLVMGetTargetExtTypeNumTypeParams(t);
    uk_buf_uv(w->b, nt);
    for (unsigned i = 0; i < nt; i++) enc_type(w, LLVMGetTargetExtTypeTypeParam(t, i));
    unsigned ni = LLVMGetTargetExtTypeNumIntParams(t);
    uk_buf_uv(w->b, ni);
    for (unsigned i = 0; i < ni; i++) uk_buf_uv(w->b, LLVMGetTargetExtTypeIntParam(t, i));
    break;
  }
  default:
    break; /* void, label, metadata, token and the FP kinds are their kind */
  }
}

/* ---- attributes ------------------------------------------------------ */

/* range(...) and initializes(...) have no C accessors. Their exact text is
 * printed from a scratch declaration of the same type carrying only that
 * attribute: a declaration prints as one line, without a body. */
static void enc_opaque_attr(fp_fn *w, LLVMAttributeRef a, LLVMTypeRef fnty, LLVMAttributeIndex idx) {
  fp_module *mod = w->mod;
  if (idx != (LLVMAttributeIndex)LLVMAttributeFunctionIndex && idx > LLVMCountParamTypes(fnty)) {
    ineligible(w, "has an attribute the C API cannot read on a variadic argument");
    return;
  }
  if (!mod->scratch) mod->scratch = LLVMModuleCreateWithNameInContext("uklink.scratch", mod->c);
  LLVMValueRef tmp = LLVMAddFunction(mod->scratch, "s", fnty);
  LLVMAddAttributeAtIndex(tmp, idx, a);
  char *text = LLVMPrintValueToString(tmp);
  uk_buf_u8(w->b, 'P');
  put_cstr(w, text);
  LLVMDisposeMessage(text);
  LLVMDeleteFunction(tmp);
}

static void enc_attrs(fp_fn *w, LLVMAttributeRef *attrs, unsigned n, LLVMTypeRef fnty, LLVMAttributeIndex idx) {
  uk_buf_u8(w->b, T_ATTRS);
  uk_buf_uv(w->b, n);
  for (unsigned i = 0; i < n; i++) {
    LLVMAttributeRef a = attrs[i];
    if (LLVMIsEnumAttribute(a)) {
      unsigned kind = LLVMGetEnumAttributeKind(a);
      uk_buf_u8(w->b, 'E');
      uk_buf_uv(w->b, kind);
      uk_buf_uv(w->b, LLVMGetEnumAttributeValue(a));
    } else if (LLVMIsStringAttribute(a)) {
      unsigned kl, vl;
      const char *k = LLVMGetStringAttributeKind(a, &kl);
      const char *v = LLVMGetStringAttributeValue(a, &vl);
      uk_buf_u8(w->b, 'S');
      put_str(w, k, kl);
      put_str(w, v, vl);
    } else if (LLVMIsTypeAttribute(a)) {
      uk_buf_u8(w->b, 'T');
      uk_buf_uv(w->b, LLVMGetEnumAttributeKind(a));
      enc_type(w, LLVMGetTypeAttributeValue(a));
    } else {
      enc_opaque_attr(w, a, fnty, idx);
    }
  }
}

static void enc_fn_attrs(fp_fn *w, LLVMValueRef f) {
  unsigned nparams = LLVMCountParams(f);
  for (int64_t idx = -1; idx <= (int64_t)nparams; idx++) {
    LLVMAttributeIndex i = (LLVMAttributeIndex)idx;
    unsigned n = LLVMGetAttributeCountAtIndex(f, i);
    LLVMAttributeRef *attrs = uk_xcalloc(n, sizeof *attrs);
    if (n) LLVMGetAttributesAtIndex(f, i, attrs);
    enc_attrs(w, attrs, n, LLVMGlobalGetValueType(f), i);
    free(attrs);
  }
}

static void enc_call_attrs(fp_fn *w, LLVMValueRef call) {
  unsigned nargs = LLVMGetNumArgOperands(call);
  for (int64_t idx = -1; idx <= (int64_t)nargs; idx++) {
    LLVMAttributeIndex i = (LLVMAttributeIndex)idx;
    unsigned n = LLVMGetCallSiteAttributeCount(call, i);
    LLVMAttributeRef *attrs = uk_xcalloc(n, sizeof *attrs);
    if (n) LLVMGetCallSiteAttributes(call, i, attrs);
    enc_attrs(w, attrs, n, LLVMGetCalledFunctionType(call), i);
    free(attrs);
  }
}

/* ---- metadata -------------------------------------------------------- */

static void enc_md(fp_fn *w, LLVMValueRef mv) {
  if (!mv) {
    uk_buf_u8(w->b, T_MDNULL);
    return;
  }
  if (LLVMIsAMDString(mv)) {
    unsigned len;
    const char *s = LLVMGetMDString(mv, &len);
    uk_buf_u8(w->b, T_MDSTR);
    put_str(w, s, len);
    return;
  }
  if (LLVMIsAValueAsMetadata(mv)) {
    /* a value wrapped as metadata: its one operand is the value */
    LLVMValueRef v = NULL;
    LLVMGetMDNodeOperands(mv, &v);
    uk_buf_u8(w->b, T_MDVAL);
    if (v) enc_value(w, v, false);
    else ineligible(w, "has metadata the C API cannot read");
    return;
  }
  if (LLVMIsAMDNode(mv)) {
    LLVMMetadataRef key = LLVMValueAsMetadata(mv);
    /* Every node but a tuple is debug information (DILocation, DISubprogram,
     * ...), also where it sits inside other metadata, as a loop's source
     * locations do in !llvm.loop: it never changes what the code does. */
    if (LLVMGetMetadataKind(key) != LLVMMDTupleMetadataKind) {
      uk_buf_u8(w->b, T_DEBUG);
      return;
    }
    uint32_t id;
    if (pm_get(&w->mds, key, &id)) {
      uk_buf_u8(w->b, T_MDREF);
      uk_buf_uv(w->b, id);
      return;
    }
    pm_put(&w->mds, key, w->next_md++);
    unsigned n = LLVMGetMDNodeNumOperands(mv);
    LLVMValueRef *ops = uk_xcalloc(n, sizeof *ops);
    if (n) LLVMGetMDNodeOperands(mv, ops);
    uk_buf_u8(w->b, T_MDNODE);
    uk_buf_uv(w->b, n);
    for (unsigned i = 0; i < n; i++) {
      if (ops[i] && !is_metadata(ops[i])) {
        uk_buf_u8(w->b, T_MDVAL); /* a constant operand (ConstantAsMetadata) */
        enc_value(w, ops[i], false);
      } else {
        enc_md(w, ops[i]);
      }
    }
    free(ops);
    return;
  }
  ineligible(w, "has metadata the C API cannot read");
}

/* Is attachment i debug information: !dbg (kind 0), or a debug node under
 * any kind (!DIAssignID, !heapallocsite)? Such attachments never change what
 * the code does, and are left out. */
static bool is_debug_attachment(LLVMValueMetadataEntry *e, unsigned i) {
  if (LLVMValueMetadataEntriesGetKind(e, i) == 0) return true;
  LLVMMetadataKind k = LLVMGetMetadataKind(LLVMValueMetadataEntriesGetMetadata(e, i));
  return k != LLVMMDTupleMetadataKind && k != LLVMMDStringMetadataKind && k != LLVMConstantAsMetadataMetadataKind &&
         k != LLVMLocalAsMetadataMetadataKind;
}

/* Attached metadata (kind, node) pairs, other than debug information.
 * Nothing is written where nothing is left: an instruction with only a
 * debug location reads as one without. */
static void enc_attached(fp_fn *w, LLVMValueMetadataEntry *e, size_t n) {
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) kept += !is_debug_attachment(e, (unsigned)i);
  if (!kept) return;
  uk_buf_u8(w->b, T_METADATA);
  uk_buf_uv(w->b, kept);
  for (size_t i = 0; i < n; i++) {
    unsigned kind = LLVMValueMetadataEntriesGetKind(e, (unsigned)i);
    if (is_debug_attachment(e, (unsigned)i)) continue;
    /* Custom kinds are numbered per context: the number alone means nothing. */
    if (kind >= w->mod->first_custom_md_kind) ineligible(w, "has custom metadata");
    uk_buf_uv(w->b, kind);
    LLVMMetadataRef md = LLVMValueMetadataEntriesGetMetadata(e, (unsigned)i);
    enc_md(w, LLVMMetadataAsValue(w->mod->c, md));
  }
}

/* A function's or variable's attached metadata (!type, !absolute_symbol, ...). */
static void enc_global_metadata(fp_fn *w, LLVMValueRef g) {
  size_t n;
  LLVMValueMetadataEntry *e = LLVMGlobalCopyAllMetadata(g, &n);
  enc_attached(w, e, n);
  if (e) LLVMDisposeValueMetadataEntries(e);
}

/* ---- symbols --------------------------------------------------------- */

enum { PRINTED_DSO_LOCAL = 1, PRINTED_UNREADABLE = 2, PRINTED_FAILED = 4 };

static bool open_view(fp_module *mod) {
  if (mod->view_tried) return mod->view != NULL;
  mod->view_tried = true;
  LLVMMemoryBufferRef mb = LLVMWriteBitcodeToMemoryBuffer(mod->m);
  mod->view_ctx = uk_llvm_context(&mod->view_error);
  if (LLVMGetBitcodeModuleInContext2(mod->view_ctx, mb, &mod->view)) { /* takes mb only on success */
    LLVMDisposeMemoryBuffer(mb);
    mod->view = NULL;
  }
  return mod->view != NULL;
}

static bool token_is(const char *p, const char *word) {
  size_t n = strlen(word);
  return strncmp(p, word, n) == 0 && p[n] == ' ';
}

static bool contains(const char *p, size_t n, const char *needle) { return memmem(p, n, needle, strlen(needle)) != NULL; }

/* p: just past "declare "/"define ", or the " = " after a global's name: an
 * optional linkage word, then "dso_local" when it is written (the printer
 * leaves it out where linkage or visibility implies it). */
static bool says_dso_local(const char *p) {
  static const char *const linkages[] = {"private", "internal", "available_externally", "linkonce", "weak",
                                         "common", "appending", "extern_weak", "linkonce_odr", "weak_odr",
                                         "external", NULL};
  for (int i = 0; linkages[i]; i++)
    if (token_is(p, linkages[i])) {
      p += strlen(linkages[i]) + 1;
      break;
    }
  return token_is(p, "dso_local");
}

/* What a global's printed form says that the C API cannot read. */
static uint32_t read_printed(const char *line, bool is_fn) {
  uint32_t bits = 0;
  const char *p;
  if (is_fn) {
    while (*line == ';') { /* "; Function Attrs: ...", "; Materializable" */
      const char *nl = strchr(line, '\n');
      if (!nl) return PRINTED_FAILED;
      line = nl + 1;
    }
    p = token_is(line, "declare") ? line + 8 : token_is(line, "define") ? line + 7 : NULL;
  } else {
    /* @name or @"quoted name" (a quote inside is written \22), then " = " */
    p = *line == '@' ? line + 1 : NULL;
    if (p && *p == '"') p = strchr(p + 1, '"') ? strchr(p + 1, '"') + 1 : NULL;
    else if (p) p += strcspn(p, " \n");
    p = p && strncmp(p, " = ", 3) == 0 ? p + 3 : NULL;
  }
  if (!p) return PRINTED_FAILED;
  if (says_dso_local(p)) bits |= PRINTED_DSO_LOCAL;
  size_t n = strcspn(p, "\n");
  static const char *const unreadable[] = {" partition \"", ", code_model \"", ", no_sanitize_address",
                                           ", no_sanitize_hwaddress", ", sanitize_memtag",
                                           ", sanitize_address_dyninit", NULL};
  for (int i = 0; unreadable[i]; i++)
    if (contains(p, n, unreadable[i])) bits |= PRINTED_UNREADABLE;
  /* a variable's attributes, " #N" (a function's are read through the C API) */
  for (const char *q = p; !is_fn && (q = memmem(q, n - (size_t)(q - p), " #", 2)); q += 2)
    if (q[2] >= '0' && q[2] <= '9') bits |= PRINTED_UNREADABLE;
  return bits;
}

/* How long a type's printed form is, at most TYPE_TEXT_CAP: a literal
 * struct nested N deep with shared members prints in 2^N characters. */
#define TYPE_TEXT_CAP (1u << 20)
static uint32_t type_text_len(fp_module *mod, LLVMTypeRef t) {
  uint32_t v;
  if (pm_get(&mod->type_text, t, &v)) return v;
  uint64_t n = 16;
  switch (LLVMGetTypeKind(t)) {
  case LLVMStructTypeKind:
    if (!LLVMIsLiteralStruct(t)) break; /* printed by name */
    for (unsigned i = 0, e = LLVMCountStructElementTypes(t); i < e && n < TYPE_TEXT_CAP; i++)
      n += 2 + type_text_len(mod, LLVMStructGetTypeAtIndex(t, i));
    break;
  case LLVMArrayTypeKind:
  case LLVMVectorTypeKind:
  case LLVMScalableVectorTypeKind:
    n += type_text_len(mod, LLVMGetElementType(t));
    break;
  case LLVMFunctionTypeKind: {
    n += type_text_len(mod, LLVMGetReturnType(t));
    unsigned np = LLVMCountParamTypes(t);
    LLVMTypeRef *ps = uk_xcalloc(np ? np : 1, sizeof *ps);
    LLVMGetParamTypes(t, ps);
    for (unsigned i = 0; i < np && n < TYPE_TEXT_CAP; i++) n += 2 + type_text_len(mod, ps[i]);
    free(ps);
    break;
  }
  default:
    break;
  }
  v = n < TYPE_TEXT_CAP ? (uint32_t)n : TYPE_TEXT_CAP;
  pm_put(&mod->type_text, t, v);
  return v;
}

static uint32_t printed_props(fp_module *mod, LLVMValueRef g, LLVMValueKind kind, const char *name, size_t len) {
  uint32_t v;
  if (pm_get(&mod->printed, g, &v)) return v - 1;
  uint32_t bits = PRINTED_FAILED;
  /* a symbol whose type would print too long is not read (not merged) */
  if (type_text_len(mod, LLVMGlobalGetValueType(g)) >= TYPE_TEXT_CAP) {
    pm_put(&mod->printed, g, bits + 1);
    return bits;
  }
  if (mod->instructions < 0) {
    mod->instructions = 0;
    for (LLVMValueRef f = LLVMGetFirstFunction(mod->m); f; f = LLVMGetNextFunction(f))
      mod->instructions += (int64_t)uk_count_instructions(f);
  }
  LLVMValueRef vg = NULL;
  if (mod->instructions <= DIRECT_PRINT_LIMIT) {
    vg = g;
  } else if (open_view(mod)) {
    vg = kind == LLVMFunctionValueKind         ? LLVMGetNamedFunctionWithLength(mod->view, name, len)
         : kind == LLVMGlobalVariableValueKind ? LLVMGetNamedGlobalWithLength(mod->view, name, len)
         : kind == LLVMGlobalAliasValueKind    ? LLVMGetNamedGlobalAlias(mod->view, name, len)
                                               : LLVMGetNamedGlobalIFunc(mod->view, name, len);
  }
  if (vg && LLVMGetValueKind(vg) == kind) {
    /* A variable is printed without its initializer, whose text can be
     * exponential in its size ({X, X} nested: X is printed twice per level);
     * what is read here comes before it. */
    LLVMValueRef init = kind == LLVMGlobalVariableValueKind ? LLVMGetInitializer(vg) : NULL;
    if (init) LLVMSetInitializer(vg, NULL);
    char *text = LLVMPrintValueToString(vg);
    if (init) LLVMSetInitializer(vg, init);
    bits = read_printed(text, kind == LLVMFunctionValueKind);
    LLVMDisposeMessage(text);
  }
  pm_put(&mod->printed, g, bits + 1);
  return bits;
}

static void enc_comdat(fp_fn *w, LLVMValueRef g) {
  LLVMComdatRef c = LLVMGetComdat(g);
  uk_buf_u8(w->b, c != NULL);
  if (c) uk_buf_uv(w->b, (uint64_t)LLVMGetComdatSelectionKind(c));
}

/* Linkage as far as a reference can tell: a declaration and an external
 * definition are the same symbol to the program. */
static uint64_t linkage_class(LLVMValueRef g) {
  LLVMLinkage l = LLVMGetLinkage(g);
  return l == LLVMExternalLinkage ? 0 : 1 + (uint64_t)l;
}

/* A symbol referred to by name: the name, and everything its declaration
 * here says, once per function (then by number). */
static void enc_symbol(fp_fn *w, LLVMValueRef g) {
  uint32_t id;
  if (pm_get(&w->globals, g, &id)) {
    uk_buf_u8(w->b, T_GREF);
    uk_buf_uv(w->b, id);
    return;
  }
  size_t len;
  const char *name = LLVMGetValueName2(g, &len);
  if (!len) {
    ineligible(w, "refers to an unnamed global");
    return;
  }
  pm_put(&w->globals, g, w->next_global++);
  LLVMValueKind kind = LLVMGetValueKind(g);
  uk_buf_u8(w->b, T_SYMBOL);
  put_str(w, name, len);
  uk_buf_uv(w->b, (uint64_t)kind);
  enc_type(w, LLVMGlobalGetValueType(g));
  enc_type(w, LLVMTypeOf(g)); /* its address space */
  uk_buf_uv(w->b, linkage_class(g));
  uk_buf_uv(w->b, (uint64_t)LLVMGetVisibility(g));
  uk_buf_uv(w->b, (uint64_t)LLVMGetDLLStorageClass(g));
  uk_buf_uv(w->b, (uint64_t)LLVMGetUnnamedAddress(g));
  /* an intrinsic is its name; any other symbol's dso_local is read from its
   * printed form */
  uint32_t printed = LLVMGetIntrinsicID(g) ? 0 : printed_props(w->mod, g, kind, name, len);
  if (printed & PRINTED_FAILED) ineligible(w, "refers to a symbol whose declaration cannot be read");
  if (printed & PRINTED_UNREADABLE)
    ineligible(w, "refers to a symbol with a property the C API cannot read (partition, code_model, sanitizer, "
                  "attributes of a variable)");
  uk_buf_u8(w->b, (uint8_t)(printed & PRINTED_DSO_LOCAL));
  switch (kind) {
  case LLVMFunctionValueKind:
    uk_buf_uv(w->b, LLVMGetFunctionCallConv(g));
    uk_buf_uv(w->b, LLVMGetAlignment(g));
    put_cstr(w, LLVMGetSection(g));
    enc_comdat(w, g);
    put_cstr(w, LLVMGetGC(g));
    if (LLVMHasPrefixData(g) || LLVMHasPrologueData(g))
      ineligible(w, "refers to a function with prefix or prologue data");
    enc_fn_attrs(w, g);
    enc_global_metadata(w, g);
    break;
  case LLVMGlobalVariableValueKind:
    uk_buf_uv(w->b, LLVMGetAlignment(g));
    put_cstr(w, LLVMGetSection(g));
    enc_comdat(w, g);
    uk_buf_u8(w->b, (uint8_t)LLVMIsGlobalConstant(g));
    uk_buf_uv(w->b, (uint64_t)LLVMGetThreadLocalMode(g));
    uk_buf_u8(w->b, (uint8_t)LLVMIsExternallyInitialized(g));
    enc_global_metadata(w, g);
    break;
  case LLVMGlobalAliasValueKind:
    enc_const(w, LLVMAliasGetAliasee(g), false);
    break;
  default: /* an ifunc: its resolver */
    enc_const(w, LLVMGetGlobalIFuncResolver(g), false);
    break;
  }
}

static void enc_function_ref(fp_fn *w, LLVMValueRef f, bool callee) {
  uint32_t idx;
  if (!pm_get(&w->mod->fn_index, f, &idx)) {
    ineligible(w, "refers to a function of another module");
    return;
  }
  if (idx == w->self) {
    /* Merged, the body would see the kernel's address, not its own: where
     * the member becomes a thunk (its address significant, an alias points
     * at it, or --out-dir, where the kernel lives in another object) that
     * differs from the symbol the program looks up, even for an unnamed_addr
     * function. Only a direct call of itself may be "self". */
    if (!callee) ineligible(w, "uses its own address other than to call itself");
    if (!w->near_reason) w->near_reason = "near-duplicates: calls itself";
    uk_buf_u8(w->b, T_SELF);
    return;
  }
  if (!uk_is_local_linkage(LLVMGetLinkage(f))) {
    enc_symbol(w, f);
    return;
  }
  /* A module-local function is compared by content. Its address may stand
   * for it only where it is called, or where its address is insignificant. */
  if (!callee && LLVMGetUnnamedAddress(f) != LLVMGlobalUnnamedAddr) {
    ineligible(w, "takes the address of a module-local function");
    return;
  }
  fp_module *mod = w->mod;
  if (mod->state[idx] == 1) {
    ineligible(w, "recursion through module-local functions");
    return;
  }
  if (mod->state[idx] == 0) fp_function(mod, idx);
  if (!mod->out[idx].eligible) {
    ineligible(w, "calls a module-local function that cannot be merged");
    return;
  }
  /* inlined into a near kernel, the callee's body sees its parameters too */
  if (!w->near_reason) w->near_reason = mod->out[idx].near_reason;
  uk_buf_u8(w->b, T_FNREF);
  uk_buf_put(w->b, mod->out[idx].hash, UK_HASH_LEN);
  for (uint32_t r = 0; r < w->num_refs; r++)
    if (w->refs[r] == idx) return;
  w->refs = uk_xrealloc(w->refs, (w->num_refs + 1) * sizeof *w->refs);
  w->refs[w->num_refs++] = idx;
}

/* Can anything see v's address? Not if every use only loads through it:
 * a load's address, or the base of a GEP (instruction or constant) whose
 * own uses only load. Anything else (a store of it, a call, a compare, a
 * cast, another global's initializer) may see it. Deep chains count as seen. */
static bool only_loaded_through(LLVMValueRef v, int depth) {
  if (depth > 32) return false;
  for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (LLVMIsALoadInst(user)) continue; /* a load's one operand is its address */
    bool gep = (LLVMIsAGetElementPtrInst(user) ||
                (LLVMIsAConstantExpr(user) && LLVMGetConstOpcode(user) == LLVMGetElementPtr)) &&
               LLVMGetOperand(user, 0) == v;
    if (!gep || !only_loaded_through(user, depth + 1)) return false;
  }
  return true;
}

static bool address_seen(fp_module *mod, LLVMValueRef g) {
  uint32_t v;
  if (!pm_get(&mod->address_seen, g, &v)) {
    v = !only_loaded_through(g, 0);
    pm_put(&mod->address_seen, g, v);
  }
  return v;
}

static void enc_global_ref(fp_fn *w, LLVMValueRef g) {
  if (!uk_is_local_linkage(LLVMGetLinkage(g))) {
    enc_symbol(w, g);
    return;
  }
  uint32_t id;
  if (pm_get(&w->globals, g, &id)) {
    uk_buf_u8(w->b, T_GREF);
    uk_buf_uv(w->b, id);
    return;
  }
  /* Content may stand for identity only for a constant whose address is
   * insignificant: otherwise merging could change a pointer comparison, or
   * share state between modules. Insignificant: unnamed_addr, or (IREE's
   * private tables) an address that nothing can see, as GlobalOpt would
   * infer. */
  if (LLVMIsDeclaration(g) || !LLVMIsGlobalConstant(g) || LLVMIsThreadLocal(g) || LLVMIsExternallyInitialized(g) ||
      (LLVMGetUnnamedAddress(g) != LLVMGlobalUnnamedAddr && address_seen(w->mod, g))) {
    ineligible(w, "refers to a module-local global by address");
    return;
  }
  pm_put(&w->globals, g, w->next_global++);
  uk_buf_u8(w->b, T_GNEW);
  enc_type(w, LLVMGlobalGetValueType(g));
  uk_buf_uv(w->b, LLVMGetAlignment(g));
  put_cstr(w, LLVMGetSection(g));
  enc_type(w, LLVMTypeOf(g));
  enc_global_metadata(w, g);
  enc_const(w, LLVMGetInitializer(g), false);
}

/* ---- constants and values -------------------------------------------- */

/* An aggregate or expression already written in this function is written
 * by number: shared constants ({X, X} nested 40 deep) are walked once, and
 * equal constants, which LLVM uniques, get the same numbers wherever the
 * walk meets them in the same order. */
static bool const_seen(fp_fn *w, LLVMValueRef c) {
  uint32_t id;
  if (pm_get(&w->consts, c, &id)) {
    uk_buf_u8(w->b, T_CREF);
    uk_buf_uv(w->b, id);
    return true;
  }
  pm_put(&w->consts, c, w->next_const++);
  return false;
}

static void enc_const_kind(fp_fn *w, LLVMValueRef c, bool callee);

static void enc_const(fp_fn *w, LLVMValueRef c, bool callee) {
  if (w->reason) return; /* ineligible already: the rest does not matter */
  if (++w->const_depth > MAX_CONST_DEPTH) ineligible(w, "has a constant nested too deeply");
  else enc_const_kind(w, c, callee);
  w->const_depth--;
}

static void enc_const_kind(fp_fn *w, LLVMValueRef c, bool callee) {
  LLVMValueKind kind = LLVMGetValueKind(c);
  switch (kind) {
  case LLVMFunctionValueKind:
    enc_function_ref(w, c, callee);
    return;
  case LLVMGlobalVariableValueKind:
    enc_global_ref(w, c);
    return;
  case LLVMGlobalAliasValueKind:
  case LLVMGlobalIFuncValueKind:
    if (uk_is_local_linkage(LLVMGetLinkage(c))) ineligible(w, "refers to a module-local alias");
    else enc_symbol(w, c);
    return;
  default:
    break;
  }
  LLVMTypeRef ty = LLVMTypeOf(c);
  switch (kind) {
  case LLVMConstantIntValueKind:
    if (LLVMGetIntTypeWidth(ty) > 64) {
      ineligible(w, "has an integer constant wider than 64 bits");
      return;
    }
    uk_buf_u8(w->b, T_CINT);
    enc_type(w, ty);
    if (!w->mod->mask_constants) uk_buf_uv(w->b, LLVMConstIntGetZExtValue(c));
    return;
  case LLVMConstantFPValueKind: {
    uint64_t bits;
    uk_buf_u8(w->b, T_CFP);
    enc_type(w, ty);
    if (uk_fp_bits(c, &bits)) {
      if (!w->mod->mask_constants) uk_buf_uv(w->b, bits);
      return;
    }
    /* x86_fp80, fp128, ppc_fp128: exact where the value converts to a
     * double and back unchanged; a NaN's payload may not */
    LLVMBool loses = 0;
    double d = LLVMConstRealGetDouble(c, &loses);
    if (loses || isnan(d)) {
      ineligible(w, "has a floating-point constant the C API cannot read exactly");
      return;
    }
    if (!w->mod->mask_constants) uk_buf_put(w->b, &d, sizeof d);
    return;
  }
  case LLVMConstantPointerNullValueKind: uk_buf_u8(w->b, T_NULL); enc_type(w, ty); return;
  case LLVMConstantAggregateZeroValueKind: uk_buf_u8(w->b, T_ZERO); enc_type(w, ty); return;
  case LLVMUndefValueValueKind: uk_buf_u8(w->b, T_UNDEF); enc_type(w, ty); return;
  case LLVMPoisonValueValueKind: uk_buf_u8(w->b, T_POISON); enc_type(w, ty); return;
  case LLVMConstantTokenNoneValueKind: uk_buf_u8(w->b, T_TOKNONE); return;
  case LLVMConstantTargetNoneValueKind: uk_buf_u8(w->b, T_TARGETNONE); enc_type(w, ty); return;
  case LLVMConstantDataArrayValueKind:
  case LLVMConstantDataVectorValueKind: {
    if (const_seen(w, c)) return;
    size_t len;
    const char *raw = LLVMGetRawDataValues(c, &len);
    uk_buf_u8(w->b, T_CDATA);
    enc_type(w, ty);
    if (!w->mod->mask_constants) put_str(w, raw, len);
    return;
  }
  case LLVMConstantArrayValueKind:
  case LLVMConstantStructValueKind:
  case LLVMConstantVectorValueKind: {
    if (const_seen(w, c)) return;
    int n = LLVMGetNumOperands(c);
    uk_buf_u8(w->b, T_CAGG);
    enc_type(w, ty);
    uk_buf_uv(w->b, (uint64_t)n);
    for (int i = 0; i < n; i++) enc_const(w, LLVMGetOperand(c, (unsigned)i), false);
    return;
  }
  case LLVMConstantExprValueKind: {
    LLVMOpcode op = LLVMGetConstOpcode(c);
    if (op != LLVMGetElementPtr && op != LLVMBitCast && op != LLVMPtrToInt &&
        op != LLVMIntToPtr && op != LLVMAddrSpaceCast) {
      /* add/sub/xor/trunc expressions carry flags the C API cannot read */
      ineligible(w, "has a constant expression the C API cannot read exactly");
      return;
    }
    if (const_seen(w, c)) return;
    uk_buf_u8(w->b, T_CEXPR);
    uk_buf_uv(w->b, (uint64_t)op);
    enc_type(w, ty);
    int n = LLVMGetNumOperands(c);
    if (op == LLVMGetElementPtr) {
      /* inrange is not reachable from C, but it is part of the constant's
       * identity: the same GEP built without it is this very constant only
       * if it has none. (Printing it instead costs its whole depth, for
       * every level of a nested chain: quadratic.) */
      LLVMValueRef *idx = uk_xcalloc((size_t)n, sizeof *idx);
      for (int i = 1; i < n; i++) idx[i - 1] = LLVMGetOperand(c, (unsigned)i);
      LLVMValueRef plain = LLVMConstGEPWithNoWrapFlags(LLVMGetGEPSourceElementType(c), LLVMGetOperand(c, 0), idx,
                                                       (unsigned)(n - 1), LLVMGEPGetNoWrapFlags(c));
      free(idx);
      if (plain != c) ineligible(w, "has a constant expression the C API cannot read exactly");
      enc_type(w, LLVMGetGEPSourceElementType(c));
      uk_buf_uv(w->b, LLVMGEPGetNoWrapFlags(c));
    }
    uk_buf_uv(w->b, (uint64_t)n);
    for (int i = 0; i < n; i++) enc_const(w, LLVMGetOperand(c, (unsigned)i), false);
    return;
  }
  default:
    /* blockaddress, dso_local_equivalent, no_cfi, ptrauth, ... */
    ineligible(w, "has a constant kind the fingerprint does not cover");
    return;
  }
}

static void enc_inline_asm(fp_fn *w, LLVMValueRef v) {
  size_t n;
  uk_buf_u8(w->b, T_ASM);
  const char *s = LLVMGetInlineAsmAsmString(v, &n);
  put_str(w, s, n);
  s = LLVMGetInlineAsmConstraintString(v, &n);
  put_str(w, s, n);
  uk_buf_uv(w->b, (uint64_t)LLVMGetInlineAsmDialect(v));
  uk_buf_u8(w->b, (uint8_t)LLVMGetInlineAsmHasSideEffects(v));
  uk_buf_u8(w->b, (uint8_t)LLVMGetInlineAsmNeedsAlignedStack(v));
  uk_buf_u8(w->b, (uint8_t)LLVMGetInlineAsmCanUnwind(v));
  enc_type(w, LLVMGetInlineAsmFunctionType(v));
}

static void enc_value(fp_fn *w, LLVMValueRef v, bool callee) {
  uint32_t id;
  if (pm_get(&w->values, v, &id)) { /* argument, instruction or block */
    uk_buf_u8(w->b, T_VAL);
    uk_buf_uv(w->b, id);
    return;
  }
  if (is_metadata(v)) {
    enc_md(w, v);
    return;
  }
  if (LLVMIsAInlineAsm(v)) {
    enc_inline_asm(w, v);
    return;
  }
  if (LLVMIsAConstant(v)) {
    enc_const(w, v, callee);
    return;
  }
  ineligible(w, "has an operand the fingerprint does not cover");
}

/* ---- constant slots -------------------------------------------------- */

bool uk_fp_bits(LLVMValueRef c, uint64_t *bits) {
  unsigned width;
  switch (LLVMGetTypeKind(LLVMTypeOf(c))) {
  case LLVMHalfTypeKind: case LLVMBFloatTypeKind: width = 16; break;
  case LLVMFloatTypeKind: width = 32; break;
  case LLVMDoubleTypeKind: width = 64; break;
  default: return false;
  }
  /* a bitcast of a constant folds to the integer with the same bits: exact
   * for every value, NaN payloads and signs included */
  LLVMValueRef i = LLVMConstBitCast(c, LLVMIntTypeInContext(LLVMGetTypeContext(LLVMTypeOf(c)), width));
  if (LLVMGetValueKind(i) != LLVMConstantIntValueKind) return false;
  *bits = LLVMConstIntGetZExtValue(i);
  return true;
}

/* A scalar a parameter could carry: an integer of 2 to 64 bits (an i1 would
 * turn a constant branch into a dynamic one) or a half, bfloat, float or
 * double. */
static bool param_scalar(LLVMValueRef c) {
  LLVMValueKind k = LLVMGetValueKind(c);
  LLVMTypeRef t = LLVMTypeOf(c);
  if (k == LLVMConstantIntValueKind)
    return LLVMGetTypeKind(t) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(t) > 1 && LLVMGetIntTypeWidth(t) <= 64;
  uint64_t bits;
  return k == LLVMConstantFPValueKind && uk_fp_bits(c, &bits);
}

LLVMValueRef uk_param_scalar_of(LLVMValueRef c) {
  if (param_scalar(c)) return c;
  if (LLVMGetValueKind(c) != LLVMConstantDataVectorValueKind) return NULL;
  unsigned n = LLVMGetVectorSize(LLVMTypeOf(c));
  LLVMValueRef first = LLVMGetAggregateElement(c, 0);
  if (!first || !param_scalar(first)) return NULL;
  for (unsigned i = 1; i < n; i++) /* constants are uniqued: equal is identical */
    if (LLVMGetAggregateElement(c, i) != first) return NULL;
  return first;
}

/* Intrinsics whose operands may be values without changing how they are
 * lowered; others may need a constant (immarg, a memcpy's length that
 * would otherwise become a library call, powi's exponent). */
static bool value_operand_intrinsic(const char *name) {
  static const char *const ok[] = {"llvm.fma.", "llvm.smin.", "llvm.smax.", "llvm.umin.",
                                   "llvm.umax.", "llvm.minnum.", "llvm.maxnum.", "llvm.minimum.",
                                   "llvm.maximum.", "llvm.copysign.", "llvm.fshl.", "llvm.fshr.", NULL};
  for (int i = 0; ok[i]; i++)
    if (strncmp(name, ok[i], strlen(ok[i])) == 0) return true;
  return false;
}

/* May operand k of GEP i be a value? Not where it indexes a struct. */
static bool gep_index_may_vary(LLVMValueRef i, unsigned k) {
  if (k == 0) return false;
  LLVMTypeRef t = LLVMGetGEPSourceElementType(i);
  for (unsigned j = 2; j <= k; j++) {
    if (LLVMGetTypeKind(t) == LLVMStructTypeKind) {
      if (j == k) return false;
      LLVMValueRef idx = LLVMGetOperand(i, j);
      if (LLVMGetValueKind(idx) != LLVMConstantIntValueKind) return false;
      t = LLVMStructGetTypeAtIndex(t, (unsigned)LLVMConstIntGetZExtValue(idx));
    } else if (LLVMGetTypeKind(t) == LLVMArrayTypeKind || LLVMGetTypeKind(t) == LLVMVectorTypeKind) {
      t = LLVMGetElementType(t);
    } else {
      return false;
    }
  }
  return true;
}

bool uk_param_slot(LLVMValueRef i, unsigned k, unsigned immarg_kind) {
  LLVMValueRef op = LLVMGetOperand(i, k);
  if (!op || !uk_param_scalar_of(op)) return false;
  switch (LLVMGetInstructionOpcode(i)) {
  case LLVMAdd: case LLVMSub: case LLVMMul: case LLVMShl: case LLVMLShr: case LLVMAShr:
  case LLVMAnd: case LLVMOr: case LLVMXor: case LLVMFAdd: case LLVMFSub: case LLVMFMul: case LLVMFNeg:
  case LLVMICmp: case LLVMFCmp: case LLVMPHI: case LLVMRet: case LLVMFreeze:
    return true;
  case LLVMUDiv: case LLVMSDiv: case LLVMURem: case LLVMSRem: case LLVMFDiv:
    /* A constant divisor becomes a multiplication or a shift: it may vary
     * only in the entry block, which runs once a call (IREE's dispatches
     * split their workgroup id there), never in a loop. */
    return k == 0 || LLVMGetInstructionParent(i) == LLVMGetEntryBasicBlock(LLVMGetBasicBlockParent(
                                                         LLVMGetInstructionParent(i)));
  case LLVMSelect:
    return k > 0;
  case LLVMStore: case LLVMInsertValue: case LLVMInsertElement:
    return k == (LLVMGetInstructionOpcode(i) == LLVMStore ? 0u : 1u); /* the value, not an index */
  case LLVMTrunc: case LLVMZExt: case LLVMSExt: case LLVMFPToUI: case LLVMFPToSI: case LLVMUIToFP:
  case LLVMSIToFP: case LLVMFPTrunc: case LLVMFPExt: case LLVMBitCast:
    return true;
  case LLVMGetElementPtr:
    return gep_index_may_vary(i, k);
  case LLVMCall: {
    if (k >= LLVMGetNumArgOperands(i)) return false; /* bundle operands, the callee */
    LLVMValueRef callee = LLVMGetCalledValue(i);
    if (!LLVMIsAFunction(callee) || LLVMGetEnumAttributeAtIndex(callee, k + 1, immarg_kind)) return false;
    size_t len;
    const char *name = LLVMGetValueName2(callee, &len);
    if (LLVMGetIntrinsicID(callee)) return value_operand_intrinsic(name);
    /* A function defined here could be specialized on the constant (IPO);
     * an external one gets the same value either way, but for the
     * arguments that choose a ukernel tile, which link specializes only
     * where they are constants. */
    if (!LLVMIsDeclaration(callee)) return false;
    uk_mmt4d_name tile;
    if (strcmp(name, "iree_uk_mmt4d") == 0 || uk_parse_mmt4d_name(name, &tile)) return k < UK_MMT4D_ARG_M0;
    return true;
  }
  default:
    return false; /* alloca sizes, switch cases, extractelement indices, shuffles, ... */
  }
}

/* A slot: its place and type in the form; its value apart, in consts, so
 * that near-duplicates (equal but for slot values) hash alike. The value is
 * written after the type, and its span is recorded: the near form is the
 * form without those spans. */
static void enc_param(fp_fn *w, LLVMValueRef op) {
  LLVMValueRef scalar = uk_param_scalar_of(op);
  LLVMTypeRef st = LLVMTypeOf(scalar);
  uk_buf_u8(w->b, T_PARAM);
  enc_type(w, LLVMTypeOf(op)); /* the vector type of a splat */
  uint64_t code = LLVMGetTypeKind(st) == LLVMIntegerTypeKind ? LLVMGetIntTypeWidth(st) : 256 + LLVMGetTypeKind(st);
  uint64_t bits = 0;
  if (LLVMGetValueKind(scalar) == LLVMConstantIntValueKind) bits = LLVMConstIntGetZExtValue(scalar);
  else uk_fp_bits(scalar, &bits);
  size_t at = w->b->len;
  if (!w->mod->mask_constants) uk_buf_uv(w->b, bits);
  w->spans = uk_xrealloc(w->spans, 2 * (w->num_slots + 1) * sizeof *w->spans);
  w->spans[2 * w->num_slots] = at;
  w->spans[2 * w->num_slots + 1] = w->b->len - at;
  w->num_slots++;
  uk_buf_uv(w->slot_values, code);
  uk_buf_uv(w->slot_values, bits);
}

/* ---- instructions ---------------------------------------------------- */

static void enc_sync(fp_fn *w, LLVMValueRef i) {
  uk_buf_uv(w->b, (uint64_t)LLVMGetOrdering(i));
  if (LLVMIsAtomic(i)) {
    unsigned scope = LLVMGetAtomicSyncScopeID(i);
    /* 0 singlethread and 1 system are fixed; others are per-context names */
    if (scope > 1) ineligible(w, "uses a custom sync scope");
    uk_buf_uv(w->b, scope);
  }
}

/* Fast-math flags other than `contract` (reassoc, nnan, nsz, ...) let the
 * optimizer rewrite float math by what it knows of the operands: a constant
 * folds where a parameter does not (x + 1 + 2 is x + 3 with reassoc), and a
 * near-duplicates' kernel would not compute bit for bit what its members
 * did. `contract` on arithmetic and fmuladd are settled before optimization,
 * from the code's structure alone (optimize/contract.c), so they round the
 * same whether an operand is a constant or a parameter; `contract` on a
 * call, phi or select is not. */
#define ROUNDS_BY_VALUE \
  "near-duplicates: floating-point math that may round differently once constants are parameters (fast-math " \
  "flags other than contract)"

/* Why a call keeps its function from becoming a near-duplicates' kernel. */
static const char *near_unsafe_call(LLVMValueRef call) {
  if (LLVMGetTailCallKind(call) == LLVMTailCallKindMustTail)
    return "near-duplicates: a musttail call (its prototype must be the caller's)";
  LLVMValueRef callee = LLVMGetCalledValue(call);
  if (!LLVMIsAFunction(callee) || !LLVMGetIntrinsicID(callee)) return NULL;
  static const char *const frame[] = {"llvm.returnaddress", "llvm.frameaddress", "llvm.addressofreturnaddress",
                                      "llvm.sponentry", NULL};
  size_t len;
  const char *name = LLVMGetValueName2(callee, &len);
  for (int k = 0; frame[k]; k++)
    if (strncmp(name, frame[k], strlen(frame[k])) == 0)
      return "near-duplicates: reads its return or frame address (a thunk's call would show)";
  return NULL;
}

static bool supported_opcode(LLVMOpcode op) {
  switch (op) {
  case LLVMInvoke: case LLVMCallBr: case LLVMResume: case LLVMLandingPad:
  case LLVMCleanupRet: case LLVMCatchRet: case LLVMCatchPad: case LLVMCleanupPad:
  case LLVMCatchSwitch: case LLVMUserOp1: case LLVMUserOp2:
    return false;
  case LLVMRet: case LLVMBr: case LLVMSwitch: case LLVMIndirectBr: case LLVMUnreachable:
  case LLVMFNeg: case LLVMAdd: case LLVMFAdd: case LLVMSub: case LLVMFSub: case LLVMMul:
  case LLVMFMul: case LLVMUDiv: case LLVMSDiv: case LLVMFDiv: case LLVMURem: case LLVMSRem:
  case LLVMFRem: case LLVMShl: case LLVMLShr: case LLVMAShr: case LLVMAnd: case LLVMOr:
  case LLVMXor: case LLVMAlloca: case LLVMLoad: case LLVMStore: case LLVMGetElementPtr:
  case LLVMTrunc: case LLVMZExt: case LLVMSExt: case LLVMFPToUI: case LLVMFPToSI:
  case LLVMUIToFP: case LLVMSIToFP: case LLVMFPTrunc: case LLVMFPExt: case LLVMPtrToInt:
  case LLVMPtrToAddr: case LLVMIntToPtr: case LLVMBitCast: case LLVMAddrSpaceCast:
  case LLVMICmp: case LLVMFCmp: case LLVMPHI: case LLVMCall: case LLVMSelect: case LLVMVAArg:
  case LLVMExtractElement: case LLVMInsertElement: case LLVMShuffleVector:
  case LLVMExtractValue: case LLVMInsertValue: case LLVMFreeze: case LLVMFence:
  case LLVMAtomicCmpXchg: case LLVMAtomicRMW:
    return true;
  }
  return false;
}

static void enc_instruction(fp_fn *w, LLVMValueRef i) {
  LLVMOpcode op = LLVMGetInstructionOpcode(i);
  if (!supported_opcode(op)) {
    ineligible(w, "uses exception handling or an instruction the fingerprint does not cover");
    return;
  }
  uk_buf_u8(w->b, T_INST);
  uk_buf_uv(w->b, (uint64_t)op);
  enc_type(w, LLVMTypeOf(i));
  int n = LLVMGetNumOperands(i);
  uk_buf_uv(w->b, (uint64_t)n);
  for (int k = 0; k < n; k++) {
    if (uk_param_slot(i, (unsigned)k, w->mod->immarg_kind)) enc_param(w, LLVMGetOperand(i, (unsigned)k));
    else enc_value(w, LLVMGetOperand(i, (unsigned)k), op == LLVMCall && k == n - 1);
  }

  switch (op) {
  case LLVMAdd: case LLVMSub: case LLVMMul: case LLVMShl: case LLVMTrunc:
    uk_buf_u8(w->b, (uint8_t)(LLVMGetNUW(i) << 1 | LLVMGetNSW(i)));
    break;
  case LLVMUDiv: case LLVMSDiv: case LLVMLShr: case LLVMAShr:
    uk_buf_u8(w->b, (uint8_t)LLVMGetExact(i));
    break;
  case LLVMZExt: case LLVMUIToFP:
    uk_buf_u8(w->b, (uint8_t)LLVMGetNNeg(i));
    break;
  case LLVMOr:
    uk_buf_u8(w->b, (uint8_t)LLVMGetIsDisjoint(i));
    break;
  case LLVMICmp:
    uk_buf_uv(w->b, (uint64_t)LLVMGetICmpPredicate(i));
    uk_buf_u8(w->b, (uint8_t)LLVMGetICmpSameSign(i));
    break;
  case LLVMFCmp:
    uk_buf_uv(w->b, (uint64_t)LLVMGetFCmpPredicate(i));
    break;
  case LLVMGetElementPtr:
    enc_type(w, LLVMGetGEPSourceElementType(i));
    uk_buf_uv(w->b, LLVMGEPGetNoWrapFlags(i));
    break;
  case LLVMAlloca: {
    enc_type(w, LLVMGetAllocatedType(i));
    uk_buf_uv(w->b, LLVMGetAlignment(i));
    /* inalloca and swifterror are not reachable from C */
    char *text = LLVMPrintValueToString(i);
    if (strstr(text, "inalloca") || strstr(text, "swifterror"))
      ineligible(w, "has an inalloca or swifterror alloca");
    LLVMDisposeMessage(text);
    break;
  }
  case LLVMLoad: case LLVMStore:
    uk_buf_uv(w->b, LLVMGetAlignment(i));
    uk_buf_u8(w->b, (uint8_t)LLVMGetVolatile(i));
    enc_sync(w, i);
    break;
  case LLVMAtomicRMW:
    uk_buf_uv(w->b, (uint64_t)LLVMGetAtomicRMWBinOp(i));
    uk_buf_uv(w->b, LLVMGetAlignment(i));
    uk_buf_u8(w->b, (uint8_t)LLVMGetVolatile(i));
    enc_sync(w, i);
    break;
  case LLVMAtomicCmpXchg:
    uk_buf_uv(w->b, LLVMGetAlignment(i));
    uk_buf_u8(w->b, (uint8_t)LLVMGetVolatile(i));
    uk_buf_u8(w->b, (uint8_t)LLVMGetWeak(i));
    uk_buf_uv(w->b, (uint64_t)LLVMGetCmpXchgSuccessOrdering(i));
    uk_buf_uv(w->b, (uint64_t)LLVMGetCmpXchgFailureOrdering(i));
    enc_sync(w, i);
    break;
  case LLVMFence:
    enc_sync(w, i);
    break;
  case LLVMCall: {
    uk_buf_uv(w->b, LLVMGetInstructionCallConv(i));
    uk_buf_uv(w->b, (uint64_t)LLVMGetTailCallKind(i));
    if (!w->near_reason) w->near_reason = near_unsafe_call(i);
    enc_type(w, LLVMGetCalledFunctionType(i));
    enc_call_attrs(w, i);
    unsigned nb = LLVMGetNumOperandBundles(i);
    uk_buf_uv(w->b, nb);
    for (unsigned k = 0; k < nb; k++) {
      LLVMOperandBundleRef ob = LLVMGetOperandBundleAtIndex(i, k);
      size_t len;
      const char *tag = LLVMGetOperandBundleTag(ob, &len);
      uk_buf_u8(w->b, T_BUNDLE);
      put_str(w, tag, len);
      unsigned na = LLVMGetNumOperandBundleArgs(ob);
      uk_buf_uv(w->b, na);
      for (unsigned a = 0; a < na; a++) enc_value(w, LLVMGetOperandBundleArgAtIndex(ob, a), false);
      LLVMDisposeOperandBundle(ob);
    }
    break;
  }
  case LLVMPHI: {
    unsigned n_in = LLVMCountIncoming(i);
    for (unsigned k = 0; k < n_in; k++)
      enc_value(w, LLVMBasicBlockAsValue(LLVMGetIncomingBlock(i, k)), false);
    break;
  }
  case LLVMSwitch: {
    /* since LLVM 22 case values are not operands */
    unsigned ns = LLVMGetNumSuccessors(i);
    uk_buf_uv(w->b, ns);
    for (unsigned k = 0; k < ns; k++) {
      enc_value(w, LLVMBasicBlockAsValue(LLVMGetSuccessor(i, k)), false);
      if (k) enc_const(w, LLVMGetSwitchCaseValue(i, k), false);
    }
    break;
  }
  case LLVMShuffleVector: {
    unsigned nm = LLVMGetNumMaskElements(i);
    uk_buf_uv(w->b, nm);
    for (unsigned k = 0; k < nm; k++) uk_buf_uv(w->b, (uint64_t)(int64_t)LLVMGetMaskValue(i, k) + 1);
    break;
  }
  case LLVMExtractValue: case LLVMInsertValue: {
    unsigned ni = LLVMGetNumIndices(i);
    const unsigned *idx = LLVMGetIndices(i);
    uk_buf_uv(w->b, ni);
    for (unsigned k = 0; k < ni; k++) uk_buf_uv(w->b, idx[k]);
    break;
  }
  default:
    break;
  }
  if (LLVMCanValueUseFastMathFlags(i)) {
    LLVMFastMathFlags fmf = LLVMGetFastMathFlags(i);
    uk_buf_uv(w->b, fmf);
    /* contraction settles `contract` on arithmetic and fmuladd only */
    bool settled = uk_is_float_arithmetic(op) || (op == LLVMCall && uk_calls_named(i, "llvm.fmuladd."));
    if ((fmf & ~(settled ? LLVMFastMathAllowContract : 0)) && !w->near_reason) w->near_reason = ROUNDS_BY_VALUE;
  }
  if (LLVMHasMetadata(i)) {
    size_t nmd;
    LLVMValueMetadataEntry *e = LLVMInstructionGetAllMetadataOtherThanDebugLoc(i, &nmd);
    enc_attached(w, e, nmd);
    if (e) LLVMDisposeValueMetadataEntries(e);
  }
}

/* ---- functions ------------------------------------------------------- */

static void number_values(fp_fn *w, LLVMValueRef f) {
  uint32_t id = 0;
  for (LLVMValueRef a = LLVMGetFirstParam(f); a; a = LLVMGetNextParam(a)) pm_put(&w->values, a, id++);
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb)) {
    pm_put(&w->values, LLVMBasicBlockAsValue(bb), id++);
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
      pm_put(&w->values, i, id++);
  }
}

/* The function's own properties: everything but its name, linkage,
 * visibility and unnamed_addr, which stay with each symbol. */
static void enc_header(fp_fn *w, LLVMValueRef f) {
  if (LLVMIsFunctionVarArg(LLVMGlobalGetValueType(f))) ineligible(w, "is variadic");
  if (LLVMGetGC(f)) ineligible(w, "uses garbage collection");
  if (LLVMHasPersonalityFn(f)) ineligible(w, "has a personality function");
  if (LLVMHasPrefixData(f) || LLVMHasPrologueData(f)) ineligible(w, "has prefix or prologue data");
  if (LLVMGetComdat(f)) ineligible(w, "is in a comdat");
  if (LLVMGetEnumAttributeAtIndex(f, LLVMAttributeFunctionIndex, w->mod->naked_kind)) ineligible(w, "is naked");
  uk_buf_u8(w->b, T_FUNC);
  enc_type(w, LLVMGlobalGetValueType(f));
  uk_buf_uv(w->b, LLVMGetFunctionCallConv(f));
  uk_buf_uv(w->b, LLVMGetAlignment(f));
  put_cstr(w, LLVMGetSection(f));
  enc_fn_attrs(w, f);
  size_t nmd;
  LLVMValueMetadataEntry *e = LLVMGlobalCopyAllMetadata(f, &nmd);
  /* !dbg on a function is its debug subprogram: not behaviour */
  size_t kept = 0;
  for (size_t k = 0; k < nmd; k++) kept += !is_debug_attachment(e, (unsigned)k);
  if (kept) ineligible(w, "has function metadata other than !dbg");
  if (e) LLVMDisposeValueMetadataEntries(e);
}

static void fp_function(fp_module *mod, uint32_t idx) {
  LLVMValueRef f = mod->fns[idx];
  uk_fingerprint *out = &mod->out[idx];
  mod->state[idx] = 1;
  if (LLVMIsDeclaration(f)) {
    *out = (uk_fingerprint){.eligible = false, .reason = "declaration"};
    mod->state[idx] = 2;
    return;
  }
  fp_fn w = {.mod = mod, .self = idx, .b = &out->bytes, .slot_values = &out->consts};
  if (++mod->depth > 64) ineligible(&w, "call chain of module-local functions too deep");
  number_values(&w, f);
  enc_header(&w, f);
  uint32_t ninst = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb && !w.reason; bb = LLVMGetNextBasicBlock(bb)) {
    uk_buf_u8(w.b, T_BLOCK);
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i && !w.reason; i = LLVMGetNextInstruction(i)) {
      enc_instruction(&w, i);
      ninst++;
    }
  }
  mod->depth--;
  out->eligible = !w.reason;
  out->reason = w.reason;
  out->refs = w.refs;
  out->num_refs = w.num_refs;
  out->num_instructions = w.reason ? (uint32_t)uk_count_instructions(f) : ninst;
  out->num_slots = w.num_slots;
  out->spans = w.spans;
  out->near_reason = w.near_reason;
  if (out->eligible) {
    llvm_blake3_hasher h;
    llvm_blake3_hasher_init(&h);
    llvm_blake3_hasher_update(&h, out->bytes.data, out->bytes.len);
    llvm_blake3_hasher_finalize(&h, out->hash, UK_HASH_LEN);
    /* the near form's hash, from its pieces: no copy of the form */
    llvm_blake3_hasher_init(&h);
    size_t at = 0;
    for (uint32_t i = 0; i < out->num_slots; i++) {
      llvm_blake3_hasher_update(&h, out->bytes.data + at, out->spans[2 * i] - at);
      at = out->spans[2 * i] + out->spans[2 * i + 1];
    }
    llvm_blake3_hasher_update(&h, out->bytes.data + at, out->bytes.len - at);
    llvm_blake3_hasher_finalize(&h, out->near_hash, UK_HASH_LEN);
  } else {
    uk_buf_free(&out->bytes);
    uk_buf_free(&out->consts);
    out->num_slots = 0;
  }
  pm_free(&w.values);
  pm_free(&w.types);
  pm_free(&w.mds);
  pm_free(&w.globals);
  pm_free(&w.consts);
  mod->state[idx] = 2;
}

void uk_fingerprint_module(LLVMModuleRef m, uk_fingerprint *out, uint32_t num_fns, bool mask_constants) {
  fp_module mod = {.m = m, .c = LLVMGetModuleContext(m), .out = out,
                   .mask_constants = mask_constants, .instructions = -1};
  mod.fns = uk_xcalloc(num_fns, sizeof *mod.fns);
  mod.state = uk_xcalloc(num_fns, 1);
  uint32_t n = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f && n < num_fns; f = LLVMGetNextFunction(f)) {
    mod.fns[n] = f;
    pm_put(&mod.fn_index, f, n);
    n++;
  }
  mod.first_custom_md_kind = uk_first_custom_md_kind();
  mod.naked_kind = LLVMGetEnumAttributeKindForName("naked", 5);
  mod.immarg_kind = uk_immarg_kind();
  memset(out, 0, num_fns * sizeof *out);
  for (uint32_t i = 0; i < n; i++)
    if (!mod.state[i]) fp_function(&mod, i);
  pm_free(&mod.fn_index);
  pm_free(&mod.printed);
  pm_free(&mod.address_seen);
  pm_free(&mod.type_text);
  if (mod.view) LLVMDisposeModule(mod.view);
  if (mod.view_ctx) LLVMContextDispose(mod.view_ctx);
  free(mod.view_error);
  if (mod.scratch) LLVMDisposeModule(mod.scratch);
  free(mod.fns);
  free(mod.state);
}

unsigned uk_immarg_kind(void) { return LLVMGetEnumAttributeKindForName("immarg", 6); }

void uk_fingerprint_near_form(const uk_fingerprint *fp, uk_buf *out) {
  size_t at = 0;
  for (uint32_t i = 0; i < fp->num_slots; i++) {
    uk_buf_put(out, fp->bytes.data + at, fp->spans[2 * i] - at);
    at = fp->spans[2 * i] + fp->spans[2 * i + 1];
  }
  uk_buf_put(out, fp->bytes.data + at, fp->bytes.len - at);
}

void uk_fingerprint_free(uk_fingerprint *fp) {
  uk_buf_free(&fp->bytes);
  uk_buf_free(&fp->consts);
  free(fp->spans);
  free(fp->refs);
  *fp = (uk_fingerprint){0};
}
