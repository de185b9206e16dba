/* The fold rule: how a merged member gives way to its class's kernel. Both
 * dedupe rounds fold through here, so that one rule decides, whatever round:
 *
 *   forward  module-local and unnamed_addr: nobody outside the module can
 *            see the symbol, nobody compares its address: its uses go to the
 *            kernel and the member is deleted;
 *   alias    external and unnamed_addr: the symbol stays (others link to
 *            it), as an alias of the kernel, with the member's linkage,
 *            visibility and DLL storage;
 *   thunk    the address is significant (not unnamed_addr): the member
 *            keeps a body of its own, one tail call to the kernel, so that
 *            its address stays distinct from the kernel's; and always for a
 *            near-duplicate, whose thunk passes its own constants too.
 *
 * What the rule depends on beyond the member is where the kernel is defined
 * (uk_kernel_site). An alias, the member's own or one of its input that
 * points at the member, can name only a definition of its own module. In
 * the first round the kernel may be another input's, only declared in the
 * member's module until linking: a member that an alias or ifunc points at
 * becomes a thunk, a definition of its own for them to name. With --out-dir
 * the kernel is in another object file altogether, which no alias can name:
 * every external member becomes a thunk, which keeps the symbol's name,
 * linkage and visibility exactly, whatever characters the name has. In the
 * second round the kernel is a definition of the same module: aliases of
 * the member may follow it there. */
#include "dedupe/dedupe.h"

#include <stdlib.h>
#include <string.h>

typedef enum fold_kind { FOLD_FORWARD, FOLD_ALIAS, FOLD_THUNK } fold_kind;

/* Is v the target of an alias or ifunc of its module, directly or within a
 * constant expression? */
static bool is_aliased(LLVMValueRef v, int depth) {
  for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if (LLVMIsAGlobalAlias(user) || LLVMIsAGlobalIFunc(user)) return true;
    if (LLVMIsAConstantExpr(user) && (depth > 16 || is_aliased(user, depth + 1))) return true;
  }
  return false;
}

static fold_kind fold_choice(LLVMValueRef fn, uk_kernel_site site) {
  bool local = uk_is_local_linkage(LLVMGetLinkage(fn));
  if (LLVMGetUnnamedAddress(fn) != LLVMGlobalUnnamedAddr) return FOLD_THUNK;
  if (site != UK_KERNEL_HERE && is_aliased(fn, 0)) return FOLD_THUNK;
  if (site == UK_KERNEL_APART && !local) return FOLD_THUNK;
  return local ? FOLD_FORWARD : FOLD_ALIAS;
}

static void copy_symbol_properties(LLVMValueRef from, LLVMValueRef to) {
  LLVMSetLinkage(to, LLVMGetLinkage(from));
  LLVMSetVisibility(to, LLVMGetVisibility(from));
  LLVMSetDLLStorageClass(to, LLVMGetDLLStorageClass(from));
  LLVMSetUnnamedAddress(to, LLVMGetUnnamedAddress(from));
}

/* Replaces fn by a thunk named name: fn's type, attributes and symbol
 * properties, a body that tail-calls kernel with fn's arguments and then
 * the n constants extra. (fn may be the kernel itself, renamed: then the
 * kernel is kept.) */
static void make_thunk(LLVMModuleRef m, LLVMValueRef fn, LLVMValueRef kernel, const char *name,
                       LLVMValueRef *extra, unsigned num_extra) {
  LLVMTypeRef fty = LLVMGlobalGetValueType(fn);
  LLVMValueRef th = LLVMAddFunction(m, "", fty);
  uk_copy_attributes(fn, th);
  copy_symbol_properties(fn, th);
  LLVMSetFunctionCallConv(th, LLVMGetFunctionCallConv(fn));
  const char *section = LLVMGetSection(fn);
  if (section && *section) LLVMSetSection(th, section);
  if (LLVMGetAlignment(fn)) LLVMSetAlignment(th, LLVMGetAlignment(fn));
  uk_replace_function(fn, th, kernel, name);

  LLVMContextRef c = LLVMGetModuleContext(m);
  LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(c, th, "");
  LLVMBuilderRef b = LLVMCreateBuilderInContext(c);
  LLVMPositionBuilderAtEnd(b, entry);
  unsigned n = LLVMCountParams(th);
  LLVMValueRef *args = uk_xcalloc(n + num_extra + 1, sizeof *args);
  LLVMGetParams(th, args);
  for (unsigned i = 0; i < num_extra; i++) args[n + i] = extra[i];
  LLVMValueRef call = LLVMBuildCall2(b, LLVMGlobalGetValueType(kernel), kernel, args, n + num_extra, "");
  LLVMSetInstructionCallConv(call, LLVMGetFunctionCallConv(th));
  /* musttail needs the same prototype; with constants added it is a tail
   * call where the target can make one */
  LLVMSetTailCallKind(call, num_extra ? LLVMTailCallKindTail : LLVMTailCallKindMustTail);
  if (LLVMGetTypeKind(LLVMGetReturnType(fty)) == LLVMVoidTypeKind)
    LLVMBuildRetVoid(b);
  else
    LLVMBuildRet(b, call);
  free(args);
  LLVMDisposeBuilder(b);
}

/* Makes a's alias of kernel in m. It takes over the uses of `replaced` (the
 * member itself, or a declaration of its name), if any, and its name. */
static void add_alias(LLVMModuleRef m, LLVMValueRef kernel, LLVMValueRef replaced, const uk_pending_alias *a) {
  LLVMTypeRef ty = LLVMGlobalGetValueType(kernel);
  LLVMValueRef alias = LLVMAddAlias2(m, ty, LLVMGetPointerAddressSpace(LLVMTypeOf(kernel)), kernel, "");
  if (replaced)
    uk_replace_function(replaced, alias, NULL, a->name);
  else
    LLVMSetValueName2(alias, a->name, strlen(a->name));
  LLVMSetLinkage(alias, a->linkage);
  LLVMSetVisibility(alias, a->visibility);
  LLVMSetDLLStorageClass(alias, a->dll);
  LLVMSetUnnamedAddress(alias, LLVMGlobalUnnamedAddr);
}

void uk_fold_member(LLVMModuleRef m, LLVMValueRef fn, const char *name, LLVMValueRef kernel, const char *kernel_name,
                    uk_kernel_site site, uk_pending_aliases *pending) {
  fold_kind kind = fold_choice(fn, site);
  if (kind == FOLD_THUNK) {
    make_thunk(m, fn, kernel, name, NULL, 0);
    return;
  }
  if (kind == FOLD_ALIAS) {
    uk_pending_alias a = {uk_xstrdup(name), kernel_name, LLVMGetLinkage(fn), LLVMGetVisibility(fn),
                          LLVMGetDLLStorageClass(fn)};
    if (site == UK_KERNEL_HERE) {
      add_alias(m, kernel, fn, &a);
      free(a.name);
      return;
    }
    /* the kernel is not defined here yet: the alias waits for linking */
    pending->list = uk_xrealloc(pending->list, (pending->num + 1) * sizeof *pending->list);
    pending->list[pending->num++] = a;
  }
  if (fn != kernel) {
    LLVMReplaceAllUsesWith(fn, kernel);
    LLVMDeleteFunction(fn);
  }
}

void uk_fold_member_with_constants(LLVMModuleRef m, LLVMValueRef fn, const char *name, LLVMValueRef kernel,
                                   LLVMValueRef *consts, unsigned num_consts) {
  make_thunk(m, fn, kernel, name, consts, num_consts);
}

bool uk_fold_pending_aliases(uk_context *ctx, LLVMModuleRef dest, uk_pending_aliases *pending) {
  bool ok = true;
  for (uint32_t i = 0; i < pending->num; i++) {
    const uk_pending_alias *a = &pending->list[i];
    size_t len = strlen(a->name);
    LLVMValueRef kernel = LLVMGetNamedFunction(dest, a->kernel);
    LLVMValueRef decl = LLVMGetNamedFunction(dest, a->name);
    bool taken = (decl && !LLVMIsDeclaration(decl)) || LLVMGetNamedGlobal(dest, a->name) ||
                 LLVMGetNamedGlobalAlias(dest, a->name, len) || LLVMGetNamedGlobalIFunc(dest, a->name, len);
    if (!kernel || LLVMIsDeclaration(kernel) || taken) {
      if (ok)
        uk_error(ctx, NULL, a->name, "internal error: cannot make this merged function an alias of %s (%s)",
                 a->kernel, taken ? "the name is taken" : "the kernel is not defined");
      ok = false;
      continue;
    }
    add_alias(dest, kernel, decl, a);
  }
  uk_pending_aliases_free(pending);
  return ok;
}

void uk_pending_aliases_free(uk_pending_aliases *pending) {
  for (uint32_t i = 0; i < pending->num; i++) free(pending->list[i].name);
  free(pending->list);
  *pending = (uk_pending_aliases){0};
}
