/* link: inputs + merge plan -> one LLVM module per target, with the ukernels
 * it calls.
 *
 * Each input is parsed once, in the target's context, from the bytes collect
 * verified. The plan is applied before linking:
 *  - the canonical member's body is renamed to its class's kernel symbol
 *    (hidden, so that other modules can refer to it until it is internalized);
 *  - every member (the canonical one too) then folds into the kernel by
 *    dedupe's fold rule (dedupe/fold.c): its uses forwarded, an alias (made
 *    after linking, where the kernel is defined) or a thunk;
 *  - a second definition of the same external name becomes a declaration.
 * Then the module is linked into the target's module, in a tree (tree.c:
 * one after another costs O(N^2)). Afterwards the ukernel library is linked
 * with its definitions made linkonce_odr, so the IR mover pulls in only what
 * is referenced, and what it pulled in is internalized, as are the kernels.
 *
 * After this stage: one verified module per target, in which every class of
 * identical functions has exactly one body, and the list of the ukernel
 * tiles the modules call that no library defines (generate's work). */
#include "link/link.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/BitReader.h>
#include <llvm-c/Linker.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct link_state {
  uk_context *ctx;
  LLVMContextRef c;
  LLVMModuleRef dest;
  uk_pending_aliases aliases; /* external members' aliases, made after linking */
  uk_shell *shell;       /* --out-dir: the input being rewritten */
  uk_shell *shells;      /* --out-dir: all of them, for the ukernel scan */
  uint32_t num_shells;
} link_state;

static bool file_exists(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The ukernel library for arch: --ukernels, else the one installed. */
static char *uk_ukernels_path(const uk_context *ctx, const char *arch) {
  const char *given = ctx->opts.ukernels;
  if (given) {
    struct stat st;
    if (stat(given, &st) == 0 && S_ISDIR(st.st_mode)) return uk_format("%s/%s.bc", given, arch);
    return uk_xstrdup(given);
  }
  /* beside an installed tool, then the build tree, then the install prefix */
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = 0;
      char *p = uk_format("%s/../share/uklink/ukernels/%s.bc", exe, arch);
      if (file_exists(p)) return p;
      free(p);
    }
  }
  char *p = uk_format("%s/%s.bc", UKLINK_UKERNELS_BUILD_DIR, arch);
  if (file_exists(p)) return p;
  free(p);
  return uk_format("%s/%s.bc", UKLINK_UKERNELS_INSTALL_DIR, arch);
}

/* The kernel kname in m: its definition, or a declaration of type ty with
 * like's calling convention. */
static LLVMValueRef kernel_declaration(LLVMModuleRef m, LLVMValueRef like, LLVMTypeRef ty, const char *kname) {
  LLVMValueRef k = LLVMGetNamedFunction(m, kname);
  if (!k) {
    k = LLVMAddFunction(m, kname, ty);
    LLVMSetFunctionCallConv(k, LLVMGetFunctionCallConv(like));
    /* the IR mover keeps the least unnamed_addr of all declarations */
    LLVMSetUnnamedAddress(k, LLVMGlobalUnnamedAddr);
  }
  return k;
}

/* A near-duplicate: the canonical member's body becomes the kernel with
 * parameters; every member, the canonical one too, a thunk passing its
 * constants. */
static void fold_near_duplicate(link_state *ls, LLVMModuleRef m, LLVMValueRef fn, const char *name,
                                const uk_class *cls, const uk_fn_summary *s, bool body) {
  LLVMContextRef c = LLVMGetModuleContext(m);
  LLVMValueRef kernel = NULL;
  if (body) {
    kernel = uk_param_kernel(m, fn, cls, s);
    if (!kernel) {
      uk_error(ls->ctx, NULL, name, "internal error: the body's constants are not those its fingerprint listed");
      return;
    }
    LLVMSetLinkage(kernel, LLVMExternalLinkage);
    LLVMSetVisibility(kernel, LLVMHiddenVisibility);
    LLVMSetUnnamedAddress(kernel, LLVMGlobalUnnamedAddr);
  } else {
    kernel = kernel_declaration(m, fn, uk_param_kernel_type(c, LLVMGlobalGetValueType(fn), cls, s), cls->kernel);
  }
  LLVMValueRef *consts = uk_member_constants(c, cls, s);
  uk_fold_member_with_constants(m, fn, name, kernel, consts, cls->num_params);
  free(consts);
}

/* Canonical bodies are renamed to their kernels first, so that a duplicate
 * defined before its canonical copy (@b, then @a) finds the kernel itself,
 * not a declaration that would take the kernel's name; and so that the
 * canonical member's thunk, if any, takes over the kernel's uses before
 * other members point at it. */
static void apply_plan(link_state *ls, LLVMModuleRef m, const uk_module *mod, const uk_target_plan *tp,
                       uint32_t mi) {
  LLVMValueRef *fns = uk_xcalloc(mod->num_fns, sizeof *fns);
  uint32_t n = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f && n < mod->num_fns; f = LLVMGetNextFunction(f)) fns[n++] = f;
  for (int pass = 0; pass < 2; pass++) {
    for (uint32_t f = 0; f < n; f++) {
      uk_fn_action act = tp->actions[mi][f];
      if (act == UK_KEEP || (act == UK_BODY) != (pass == 0)) continue;
      if (act == UK_DROP_DUP) {
        uk_make_declaration(m, fns[f]);
        continue;
      }
      const uk_class *cls = &tp->classes[tp->class_of[mi][f]];
      char *name = uk_name_of(fns[f]);
      if (cls->num_params) {
        fold_near_duplicate(ls, m, fns[f], name, cls, &mod->fns[f], act == UK_BODY);
        free(name);
        continue;
      }
      LLVMValueRef kernel;
      if (act == UK_BODY) {
        kernel = fns[f];
        LLVMSetValueName2(kernel, cls->kernel, strlen(cls->kernel));
      } else {
        kernel = kernel_declaration(m, fns[f], LLVMGlobalGetValueType(fns[f]), cls->kernel);
      }
      uk_fold_member(m, fns[f], name, kernel, cls->kernel, ls->shell ? UK_KERNEL_APART : UK_KERNEL_LINKED,
                     &ls->aliases);
      if (act == UK_BODY) {
        LLVMSetLinkage(kernel, LLVMExternalLinkage);
        LLVMSetVisibility(kernel, LLVMHiddenVisibility);
        LLVMSetDLLStorageClass(kernel, LLVMDefaultStorageClass);
        LLVMSetUnnamedAddress(kernel, LLVMGlobalUnnamedAddr);
      }
      free(name);
    }
  }
  free(fns);
}

/* Makes every tile body of the library a declaration (--generate-all). */
static void drop_tile_bodies(LLVMModuleRef lib) {
  uint32_t n;
  LLVMValueRef *fs = uk_functions(lib, &n);
  for (uint32_t i = 0; i < n; i++) {
    size_t len;
    uk_mmt4d_name parsed;
    if (!LLVMIsDeclaration(fs[i]) && uk_parse_mmt4d_name(LLVMGetValueName2(fs[i], &len), &parsed))
      uk_make_declaration(lib, fs[i]);
  }
  free(fs);
}

/* Deletes declarations nothing uses any more (iree_uk_mmt4d once every call
 * is specialized): a declaration makes the IR mover pull in its definition. */
static void drop_unused_declarations(LLVMModuleRef m) {
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f;) {
    LLVMValueRef next = LLVMGetNextFunction(f);
    if (LLVMIsDeclaration(f) && !LLVMGetFirstUse(f) && !LLVMGetIntrinsicID(f)) LLVMDeleteFunction(f);
    f = next;
  }
}

void uk_seal_ukernel(LLVMValueRef f, bool per_input) {
  LLVMSetLinkage(f, per_input ? LLVMExternalLinkage : LLVMInternalLinkage);
  LLVMSetVisibility(f, per_input ? LLVMHiddenVisibility : LLVMDefaultVisibility);
  LLVMContextRef c = LLVMGetModuleContext(LLVMGetGlobalParent(f));
  unsigned kind = LLVMGetEnumAttributeKindForName("noinline", 8);
  LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(c, kind, 0));
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The tiles generate must provide: the kernels module's and the shells'
 * declarations whose names parse under the tile grammar and that no library
 * defined (the inputs declared them, or specialization made the call). */
static void list_missing_tiles(uk_linked_target *lt) {
  char **names = NULL;
  uint32_t n = 0;
  for (uint32_t mi = 0; mi <= lt->num_shells; mi++) {
    LLVMModuleRef m = mi == 0 ? lt->module : lt->shells[mi - 1].module;
    for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
      size_t len;
      const char *name = LLVMGetValueName2(f, &len);
      uk_mmt4d_name parsed;
      if (!LLVMIsDeclaration(f) || !uk_parse_mmt4d_name(name, &parsed)) continue;
      if (mi > 0) {
        LLVMValueRef k = LLVMGetNamedFunction(lt->module, name);
        if (k && !LLVMIsDeclaration(k)) continue; /* the kernels module has it */
      }
      names = uk_xrealloc(names, (n + 1) * sizeof *names);
      names[n++] = uk_xstrdup(name);
    }
  }
  if (n) qsort(names, n, sizeof *names, cmp_str);
  uint32_t u = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (u && !strcmp(names[u - 1], names[i])) free(names[i]);
    else names[u++] = names[i];
  }
  lt->tiles = names;
  lt->num_tiles = u;
}

/* A ukernel library the user named is input like any other: LLVM's reader
 * may crash on a damaged one, so with isolation a worker reads it first. */
typedef struct ir_check {
  const uk_buf *file;
  const char *name;
  bool answered; /* the worker ran it, or died running it */
  char *why;     /* why the file is not valid IR, or NULL */
} ir_check;

/* In a worker process: parse and verify; the result is why not (nothing if
 * fine). */
static bool ir_check_run(uk_context *wctx, uint32_t i, uk_buf *out, void *arg) {
  (void)wctx;
  (void)i;
  const ir_check *j = arg;
  char *llerror = NULL, *error = NULL, *msg = NULL;
  LLVMContextRef c = uk_llvm_context(&llerror);
  LLVMModuleRef m = uk_parse(c, j->file, j->name, &error);
  if (m && LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) error = uk_first_line(msg);
  if (!error && llerror) error = uk_first_line(llerror);
  if (error) uk_buf_put(out, error, strlen(error));
  LLVMDisposeMessage(msg);
  if (m) LLVMDisposeModule(m);
  LLVMContextDispose(c);
  free(llerror);
  free(error);
  return true;
}

static void ir_check_take(uk_context *ctx, uint32_t i, bool ok, uk_buf *result, void *arg) {
  (void)ctx;
  (void)i;
  (void)ok;
  ir_check *j = arg;
  j->answered = true;
  if (result->len) j->why = uk_xstrndup((const char *)result->data, result->len);
}

static void ir_check_died(uk_context *ctx, uint32_t i, const char *why, void *arg) {
  (void)ctx;
  (void)i;
  ir_check *j = arg;
  j->answered = true;
  j->why = uk_map_died_of_signal(why) ? uk_format("LLVM crashed reading it (%s)", why)
                                      : uk_format("LLVM failed reading it (%s)", why);
}

static char *check_ir_in_child(uk_context *ctx, const uk_buf *file, const char *name) {
  ir_check j = {file, name, false, NULL};
  uk_map map = {.n = 1, .mode = UK_MAP_PROCESSES, .run = ir_check_run, .take = ir_check_take, .died = ir_check_died,
                .arg = &j};
  uk_map_run(ctx, &map);
  return j.answered ? j.why : uk_xstrdup("cannot start a worker process");
}

/* Links the ukernel library. In order:
 *  1. with --generate-all, the library's tile bodies become declarations;
 *  2. calls with a constant tile shape are specialized to a tile entry;
 *  3. declarations nothing uses any more are dropped;
 *  4. what the kernels module and the shells declare decides whether the
 *     library is linked at all (else its module flags stay out too);
 *  5. its definitions are made linkonce_odr, so the IR mover pulls in only
 *     what is referenced, and what it pulled in is internalized (hidden
 *     with --out-dir) and marked noinline: a tile is compiled once per
 *     output and called.
 * A missing library is an error only if one was named. */
static bool link_ukernels(link_state *ls, const uk_target *t, char **llerror) {
  char *arch = uk_triple_arch(t->triple);
  char *path = uk_ukernels_path(ls->ctx, arch);
  if (!file_exists(path)) {
    bool named = ls->ctx->opts.ukernels != NULL;
    if (named) uk_error(ls->ctx, path, NULL, "ukernel library not found");
    free(path);
    free(arch);
    return !named;
  }
  uk_buf file = {0};
  char *error = NULL;
  bool readable = uk_read_file(ls->ctx, path, &file);
  /* A library the user named is input like any other: LLVM's reader may
   * crash on a damaged one, so with isolation a child reads it first. */
  if (readable && ls->ctx->opts.ukernels && ls->ctx->opts.isolate) error = check_ir_in_child(ls->ctx, &file, path);
  LLVMModuleRef lib = readable && !error ? uk_parse(ls->c, &file, path, &error) : NULL;
  uk_buf_free(&file);
  if (!lib) {
    if (error) uk_error(ls->ctx, path, NULL, "cannot read ukernel library: %s", error);
    free(error);
    free(path);
    free(arch);
    return false;
  }
  LLVMSetTarget(lib, LLVMGetTarget(ls->dest));
  LLVMSetDataLayout(lib, LLVMGetDataLayoutStr(ls->dest));
  uint32_t nmods = 1 + ls->num_shells;
  LLVMModuleRef *mods = uk_xcalloc(nmods, sizeof *mods);
  mods[0] = ls->dest;
  for (uint32_t i = 0; i < ls->num_shells; i++) mods[1 + i] = ls->shells[i].module;

  if (ls->ctx->opts.generate_all) drop_tile_bodies(lib);
  char *missing = NULL;
  uk_stats_for(ls->ctx, t->triple)->ukernel_calls_specialized +=
      uk_specialize_ukernel_calls(lib, mods, nmods, t->features, arch, true, &missing);
  /* IREE's modules do not name their CPU, but their ukernel calls' cpu_data
   * does: code for a lesser CPU is correct, and slower than it should be.
   * With --cpu native it is what this host has: nothing to give. */
  if (missing && t->native)
    uk_warning(ls->ctx, NULL, NULL,
               "target %s: the inputs were compiled for a CPU with %s (their ukernel calls' cpu_data), which this "
               "host's CPU (%s) does not have (CPUID): their ukernel calls use tiles without them, and the inputs' "
               "own code may not run here",
               t->triple, missing, t->cpu);
  else if (missing)
    uk_warning(ls->ctx, NULL, NULL,
               "target %s: the inputs were compiled for a CPU with %s (their ukernel calls' cpu_data), which "
               "uklink's target (cpu '%s') is not known to have: the code runs, but slower; give --cpu native, or "
               "--features",
               t->triple, missing, t->cpu);
  free(missing);
  free(arch);
  for (uint32_t i = 0; i < nmods; i++) drop_unused_declarations(mods[i]);

  char **names = NULL;
  uint32_t nn = 0;
  bool referenced = false;
  for (LLVMValueRef f = LLVMGetFirstFunction(lib); f; f = LLVMGetNextFunction(f)) {
    if (LLVMIsDeclaration(f) || LLVMGetLinkage(f) != LLVMExternalLinkage) continue;
    size_t len;
    const char *fname = LLVMGetValueName2(f, &len);
    for (uint32_t i = 0; i < nmods; i++) {
      LLVMValueRef d = LLVMGetNamedFunction(mods[i], fname);
      if (!d || !LLVMIsDeclaration(d)) continue;
      referenced = true;
      /* a shell calls it: the kernels module must provide it */
      if (i > 0 && !LLVMGetNamedFunction(ls->dest, fname)) LLVMAddFunction(ls->dest, fname, LLVMGlobalGetValueType(f));
    }
    LLVMSetLinkage(f, LLVMLinkOnceODRLinkage);
    names = uk_xrealloc(names, (nn + 1) * sizeof *names);
    names[nn++] = uk_name_of(f);
  }
  free(mods);
  bool ok = true;
  if (referenced) ok = !LLVMLinkModules2(ls->dest, lib); /* destroys lib */
  else LLVMDisposeModule(lib);
  if (!ok) uk_error(ls->ctx, path, NULL, "cannot link ukernel library: %s", *llerror ? *llerror : "");
  for (uint32_t i = 0; i < nn; i++) {
    LLVMValueRef f = LLVMGetNamedFunction(ls->dest, names[i]);
    if (f && !LLVMIsDeclaration(f) && LLVMGetLinkage(f) == LLVMLinkOnceODRLinkage) uk_seal_ukernel(f, ls->shells);
    free(names[i]);
  }
  free(names);
  free(path);
  return ok;
}

/* Bitcode that will be linked is read lazily: a function body is read only
 * when the IR mover links it, so the duplicates that apply_plan deletes are
 * never read. (The module does not own the bytes: they stay in the inputs.)
 * Text, and --out-dir's shells, which are compiled as they are, are parsed
 * whole. */
static LLVMModuleRef parse_input(LLVMContextRef c, const uk_module *mod, const uk_buf *file, bool lazy, char **error) {
  if (!uk_is_bitcode(file) || !lazy) return uk_parse(c, file, mod->path, error);
  LLVMMemoryBufferRef mb = LLVMCreateMemoryBufferWithMemoryRange((const char *)file->data, file->len, mod->path, 0);
  LLVMModuleRef m = NULL;
  if (LLVMGetBitcodeModuleInContext2(c, mb, &m)) { /* takes mb only on success */
    LLVMDisposeMemoryBuffer(mb);
    *error = uk_xstrdup("cannot read bitcode");
    return NULL;
  }
  return m;
}

/* Does module mi hold the body of a near-duplicates' kernel? */
static bool holds_param_kernel(const uk_target_plan *tp, uint32_t mi) {
  for (uint32_t c = 0; c < tp->num_classes; c++)
    if (tp->classes[c].module == mi && tp->classes[c].num_params) return true;
  return false;
}

/* --out-dir: the names of the kernels whose bodies module mi provides. */
static bool is_body_here(const uk_target_plan *tp, uint32_t mi, const char *name) {
  for (uint32_t c = 0; c < tp->num_classes; c++)
    if (tp->classes[c].module == mi && strcmp(tp->classes[c].kernel, name) == 0) return true;
  return false;
}

/* --out-dir: a (an alias or ifunc of k) made module-local, its uses given
 * to a declaration of its name. */
static void declare_instead(LLVMModuleRef k, LLVMValueRef a) {
  bool local = uk_is_local_linkage(LLVMGetLinkage(a));
  LLVMVisibility vis = LLVMGetVisibility(a);
  LLVMSetLinkage(a, LLVMInternalLinkage);
  LLVMSetVisibility(a, LLVMDefaultVisibility);
  if (local || !LLVMGetFirstUse(a)) return;
  char *name = uk_name_of(a);
  LLVMSetValueName2(a, "", 0);
  LLVMTypeRef ty = LLVMGlobalGetValueType(a);
  LLVMValueRef d = LLVMGetTypeKind(ty) == LLVMFunctionTypeKind
                       ? LLVMAddFunction(k, name, ty)
                       : LLVMAddGlobalInAddressSpace(k, ty, name, LLVMGetPointerAddressSpace(LLVMTypeOf(a)));
  LLVMSetVisibility(d, vis);
  LLVMReplaceAllUsesWith(a, d);
  free(name);
}

/* --out-dir: k (a copy of module mi) keeps the kernel bodies and what they
 * need of the module (module-local definitions); its other definitions
 * become declarations, so that no symbol is defined twice. */
static void keep_only_kernels(LLVMModuleRef k, const uk_target_plan *tp, uint32_t mi) {
  uint32_t n;
  LLVMValueRef *fns = uk_functions(k, &n);
  for (uint32_t i = 0; i < n; i++) {
    size_t len;
    const char *name = LLVMGetValueName2(fns[i], &len);
    if (LLVMIsDeclaration(fns[i]) || uk_is_local_linkage(LLVMGetLinkage(fns[i])) || is_body_here(tp, mi, name))
      continue;
    uk_make_declaration(k, fns[i]);
  }
  free(fns);
  for (LLVMValueRef g = LLVMGetFirstGlobal(k); g; g = LLVMGetNextGlobal(g)) {
    if (LLVMIsDeclaration(g) || uk_is_local_linkage(LLVMGetLinkage(g))) continue;
    LLVMSetInitializer(g, NULL);
    LLVMSetLinkage(g, LLVMExternalLinkage);
  }
  /* The C API cannot delete an alias: a module-local one is harmless once
   * nothing uses it (the IR mover leaves it out). A kernel that refers to an
   * alias refers to that symbol of each output: a declaration. */
  for (LLVMValueRef a = LLVMGetFirstGlobalAlias(k); a; a = LLVMGetNextGlobalAlias(a)) declare_instead(k, a);
  for (LLVMValueRef a = LLVMGetFirstGlobalIFunc(k); a; a = LLVMGetNextGlobalIFunc(a)) declare_instead(k, a);
}

/* m (disposed of) as a module of context c: through bitcode, the one way
 * the C API moves a module between contexts. NULL with *error. */
static LLVMModuleRef move_to_context(LLVMModuleRef m, LLVMContextRef c, const char *name, char **error) {
  uk_buf bc = {0};
  uk_write_bitcode(m, &bc);
  LLVMDisposeModule(m);
  LLVMModuleRef moved = uk_parse(c, &bc, name, error);
  uk_buf_free(&bc);
  return moved;
}

/* --out-dir: the shell declares the kernels whose bodies moved out. */
static void drop_kernel_bodies(LLVMModuleRef m, const uk_target_plan *tp, uint32_t mi) {
  for (uint32_t c = 0; c < tp->num_classes; c++) {
    if (tp->classes[c].module != mi) continue;
    LLVMValueRef f = LLVMGetNamedFunction(m, tp->classes[c].kernel);
    if (f && !LLVMIsDeclaration(f)) uk_make_declaration(m, f);
  }
}

/* A function with "target-features" but no "target-cpu" gets the target's
 * CPU name, and with it every feature the name implies, even those the
 * target's features take away (emeraldrapids implies AVX512-FP16; a host
 * that lacks it is "-avx512fp16"): LLVM applies a function's features in
 * place of the target's. The target's "-x" entries go first in such a
 * function's list, so that the name implies nothing the target lacks, while
 * what the function asks for itself still wins. */
static void keep_absent_features(LLVMModuleRef m, const char *target_features) {
  uk_buf absent = {0};
  uk_feature f;
  for (const char *p = target_features; uk_next_feature(&p, &f);) {
    if (f.sign != '-' || !f.len) continue;
    if (absent.len) uk_buf_put(&absent, ",", 1);
    uk_buf_put(&absent, "-", 1);
    uk_buf_put(&absent, f.name, f.len);
  }
  if (!absent.len) return;
  LLVMContextRef c = LLVMGetModuleContext(m);
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
    LLVMAttributeRef fs = LLVMGetStringAttributeAtIndex(f, LLVMAttributeFunctionIndex, "target-features", 15);
    if (LLVMIsDeclaration(f) || !fs || LLVMGetStringAttributeAtIndex(f, LLVMAttributeFunctionIndex, "target-cpu", 10))
      continue;
    unsigned len;
    const char *own = LLVMGetStringAttributeValue(fs, &len);
    char *both = uk_format("%.*s%s%.*s", (int)absent.len, (const char *)absent.data, len ? "," : "", (int)len, own);
    LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(c, "target-features", 15, both, (unsigned)strlen(both)));
    free(both);
  }
  uk_buf_free(&absent);
}

static bool link_target(uk_context *ctx, const uk_inputs *in, const uk_target *t, const uk_target_plan *tp,
                        uk_linked_target *lt) {
  link_state ls = {.ctx = ctx, .c = lt->llvm->c};
  ls.dest = LLVMModuleCreateWithNameInContext("uklink", lt->llvm->c);
  lt->module = ls.dest;
  LLVMSetTarget(ls.dest, t->triple);
  if (*t->datalayout) LLVMSetDataLayout(ls.dest, t->datalayout);
  bool per_input = ctx->opts.out_dir != NULL;
  if (per_input) {
    lt->shells = uk_xcalloc(t->num_modules, sizeof *lt->shells);
    lt->num_shells = t->num_modules;
  }
  bool ok = true;
  uk_link_tree tree;
  uk_link_tree_init(&tree, ls.dest);
  for (uint32_t i = 0; i < t->num_modules && ok; i++) {
    const uk_module *mod = &in->modules[t->modules[i]];
    ls.shell = per_input ? &lt->shells[i] : NULL;
    char *error = NULL;
    uk_buf file = {0};
    if (!uk_reread_input(ctx, in, mod, &file)) {
      ok = false;
      break;
    }
    /* a lazily read module reads its bodies from file until it is linked;
     * one that holds a near-duplicate kernel's body is read whole, since
     * that body is rewritten here. A shell is parsed into a context of its
     * own (uk_shell). */
    if (per_input) lt->shells[i].llvm = uk_llvm_ctx_new();
    LLVMContextRef c = per_input ? lt->shells[i].llvm->c : lt->llvm->c;
    LLVMModuleRef m = parse_input(c, mod, &file, !per_input && !holds_param_kernel(tp, i), &error);
    if (!m) {
      uk_error(ctx, mod->path, NULL, "%s", error);
      free(error);
      uk_buf_free(&file);
      ok = false;
      break;
    }
    apply_plan(&ls, m, mod, tp, i);
    LLVMSetTarget(m, t->triple);
    LLVMSetDataLayout(m, LLVMGetDataLayoutStr(ls.dest));
    if (per_input) {
      /* the kernel bodies go to the kernels module, the rest stays */
      bool has_body = false;
      for (uint32_t c = 0; c < tp->num_classes; c++) has_body |= tp->classes[c].module == i;
      lt->shells[i].module = m;
      uk_buf_free(&file); /* parsed whole */
      if (!has_body) continue;
      LLVMModuleRef k = LLVMCloneModule(m);
      keep_only_kernels(k, tp, i);
      drop_kernel_bodies(m, tp, i);
      m = move_to_context(k, lt->llvm->c, mod->path, &error);
      if (!m) {
        uk_error(ctx, mod->path, NULL, "internal error: moving its kernels to the kernels module: %s", error);
        free(error);
        ok = false;
        break;
      }
    }
    if (!uk_link_tree_add(&tree, m)) { /* destroys m */
      uk_error(ctx, mod->path, NULL, "cannot link: %s", lt->llvm->diags.first_error ? lt->llvm->diags.first_error : "");
      ok = false;
    }
    uk_buf_free(&file);
  }
  if (ok && !uk_link_tree_finish(&tree, ls.dest)) {
    uk_error(ctx, NULL, NULL, "cannot link the inputs for %s: %s", t->triple,
             lt->llvm->diags.first_error ? lt->llvm->diags.first_error : "");
    ok = false;
  }
  uk_link_tree_free(&tree);
  if (ok) ok = uk_fold_pending_aliases(ctx, ls.dest, &ls.aliases);
  uk_pending_aliases_free(&ls.aliases);
  ls.shells = lt->shells;
  ls.num_shells = lt->num_shells;
  if (ok) ok = link_ukernels(&ls, t, &lt->llvm->diags.first_error);
  if (!ok) return false;
  /* Kernels are internal now; with --out-dir each output's link uses them.
   * A near-duplicates' kernel is linkonce_odr and hidden instead: of a
   * definition that may be replaced by an equivalent one, interprocedural
   * optimization assumes nothing, so it neither folds the kernel's constant
   * return value into the thunks (whose tail calls would become calls: a
   * call, a return and a frame for every dispatch) nor specializes the
   * kernel for one member's constants. The thunks keep it alive. */
  for (uint32_t c = 0; c < tp->num_classes && !per_input; c++) {
    LLVMValueRef k = LLVMGetNamedFunction(ls.dest, tp->classes[c].kernel);
    if (k && !LLVMIsDeclaration(k)) {
      bool params = tp->classes[c].num_params > 0;
      LLVMSetLinkage(k, params ? LLVMLinkOnceODRLinkage : LLVMInternalLinkage);
      LLVMSetVisibility(k, params ? LLVMHiddenVisibility : LLVMDefaultVisibility);
    }
  }
  for (uint32_t i = 0; i <= lt->num_shells; i++)
    keep_absent_features(i < lt->num_shells ? lt->shells[i].module : ls.dest, t->features);
  for (uint32_t i = 0; i <= lt->num_shells && ok; i++) {
    LLVMModuleRef m = i < lt->num_shells ? lt->shells[i].module : ls.dest;
    char *msg = NULL;
    if (LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) {
      char *line = uk_first_line(msg);
      uk_error(ctx, i < lt->num_shells ? in->modules[t->modules[i]].path : NULL, NULL,
               "internal error: the linked module for %s is invalid: %s", t->triple, line);
      free(line);
      ok = false;
    }
    LLVMDisposeMessage(msg);
  }
  if (ok) list_missing_tiles(lt);
  uk_target_stats *st = uk_stats_for(ctx, t->triple);
  for (uint32_t i = 0; i <= lt->num_shells; i++) { /* the kernels, and what stays in each input's shell */
    LLVMModuleRef m = i < lt->num_shells ? lt->shells[i].module : ls.dest;
    for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f))
      st->ir_instructions_linked += uk_count_instructions(f);
  }
  return ok;
}

/* What LLVM warned about while reading and linking (stale debug info, module
 * flags), once, here: left in the context, every worker that later steps on
 * a module of it would pass them on again. */
static void pass_on_warnings(uk_context *ctx, const uk_target *t, uk_llvm_ctx *llvm, const char *file) {
  uint32_t n;
  char **w = uk_take_llvm_warnings(llvm->c, &n);
  for (uint32_t i = 0; i < n; i++) {
    char *line = uk_first_line(w[i]);
    uk_warning(ctx, file, NULL, "linking for %s: %s", t->triple, line);
    free(line);
    free(w[i]);
  }
  free(w);
}

uk_linked *uk_link(uk_context *ctx, const uk_inputs *in, const uk_plan *plan) {
  if (!in || !plan) return NULL;
  double t0 = uk_now();
  double cpu0 = uk_cpu_now();
  uk_linked *l = uk_xcalloc(1, sizeof *l);
  l->num_targets = in->num_targets;
  l->targets = uk_xcalloc(in->num_targets, sizeof *l->targets);
  bool ok = true;
  for (uint32_t k = 0; k < in->num_targets && ok; k++) {
    /* the diagnostic handler keeps the first error and the warnings */
    l->targets[k].llvm = uk_llvm_ctx_new();
    ok = link_target(ctx, in, &in->targets[k], &plan->targets[k], &l->targets[k]);
    pass_on_warnings(ctx, &in->targets[k], l->targets[k].llvm, NULL);
    for (uint32_t i = 0; i < l->targets[k].num_shells; i++) /* a shell's are its input's */
      if (l->targets[k].shells[i].llvm)
        pass_on_warnings(ctx, &in->targets[k], l->targets[k].shells[i].llvm,
                         in->modules[in->targets[k].modules[i]].path);
  }
  ctx->stage_seconds[UK_STAGE_LINK] += uk_now() - t0;
  ctx->stage_cpu_seconds[UK_STAGE_LINK] += uk_cpu_now() - cpu0;
  uk_trace(ctx, "link", t0, uk_now(), 0);
  if (!ok) {
    uk_linked_free(l);
    return NULL;
  }
  return l;
}

void uk_linked_free(uk_linked *l) {
  if (!l) return;
  for (uint32_t k = 0; k < l->num_targets; k++) {
    for (uint32_t i = 0; i < l->targets[k].num_shells; i++) {
      uk_shell *sh = &l->targets[k].shells[i];
      if (sh->module) LLVMDisposeModule(sh->module);
      uk_llvm_ctx_release(sh->llvm);
    }
    free(l->targets[k].shells);
    for (uint32_t i = 0; i < l->targets[k].num_tiles; i++) free(l->targets[k].tiles[i]);
    free(l->targets[k].tiles);
    if (l->targets[k].module) LLVMDisposeModule(l->targets[k].module);
    uk_llvm_ctx_release(l->targets[k].llvm);
  }
  free(l->targets);
  free(l);
}
