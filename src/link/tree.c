/* Many modules linked into one, in a tree.
 *
 * LLVMLinkModules2 makes a new IR mover for every call, and the mover first
 * walks the whole destination module for its types (llvm::TypeFinder).
 * Linking N inputs one after another into one module walks a module that
 * grows to the size of them all N times: O(N^2). It was 6.3 s of a 37 s run
 * on 613 real dispatch modules, and most of --no-dedupe's time at 10,000.
 * Here inputs are linked by eights into fresh modules, those by eights
 * again, and so on: each input's code moves log8(N) times, and every walk is
 * of a module at most eight times the size of what is linked into it.
 *
 * At every level the earlier inputs are the destination of the later ones,
 * so the result holds its globals in the order that linking one after
 * another gives, and of two definitions that the linker chooses between
 * (linkonce, weak) the earlier one wins, as it would there. (Module-local
 * names that clash are renamed apart at each level, so their suffixes may
 * differ from what one after another would give.)
 *
 * The IR mover copies a linkonce or available_externally definition only
 * where the destination refers to it: one after another, an earlier input's
 * declaration pulls in a later input's definition; in a tree that
 * declaration is in another module. So each input's such definitions are
 * kept by a function of our own until the end, when it goes and what
 * nothing refers to is dropped, as the mover would have left it. Each fresh module is named after its
 * first input, so that an error names two inputs. */
#include "link/link.h"

#include <llvm-c/Comdat.h>
#include <llvm-c/Linker.h>
#include <stdlib.h>
#include <string.h>

enum { FAN_IN = 8 };

void uk_link_tree_init(uk_link_tree *t, LLVMModuleRef like) {
  *t = (uk_link_tree){.like = like};
}

static bool linked_lazily(LLVMValueRef g) {
  LLVMLinkage l = LLVMGetLinkage(g);
  return !LLVMIsDeclaration(g) && (l == LLVMLinkOnceAnyLinkage || l == LLVMLinkOnceODRLinkage ||
                                   l == LLVMAvailableExternallyLinkage);
}

/* m's linkonce and available_externally definitions, each stored by a
 * function of our own that the linker always copies ("uklink.keep.N",
 * external): the mover then copies them wherever m goes. Instructions, not
 * a constant list: deleting the function takes its uses with it. */
static void keep_lazy_definitions(uk_link_tree *t, LLVMModuleRef m) {
  LLVMValueRef *keep = NULL;
  uint32_t n = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f))
    if (linked_lazily(f)) {
      keep = uk_xrealloc(keep, (n + 1) * sizeof *keep);
      keep[n++] = f;
    }
  for (LLVMValueRef g = LLVMGetFirstGlobal(m); g; g = LLVMGetNextGlobal(g))
    if (linked_lazily(g)) {
      keep = uk_xrealloc(keep, (n + 1) * sizeof *keep);
      keep[n++] = g;
    }
  if (n) {
    LLVMContextRef c = LLVMGetModuleContext(m);
    LLVMTypeRef ptr = LLVMPointerTypeInContext(c, 0);
    char *name = NULL;
    for (uint32_t k = 0; !name || LLVMGetNamedFunction(m, name) || LLVMGetNamedGlobal(m, name); k++) {
      free(name);
      name = uk_format("uklink.keep.%u.%u", t->num_keepers, k);
    }
    LLVMValueRef fn = LLVMAddFunction(m, name, LLVMFunctionType(LLVMVoidTypeInContext(c), &ptr, 1, 0));
    LLVMBuilderRef b = LLVMCreateBuilderInContext(c);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(c, fn, "entry"));
    for (uint32_t k = 0; k < n; k++) LLVMSetVolatile(LLVMBuildStore(b, keep[k], LLVMGetParam(fn, 0)), 1);
    LLVMBuildRetVoid(b);
    LLVMDisposeBuilder(b);
    t->keepers = uk_xrealloc(t->keepers, (t->num_keepers + 1) * sizeof *t->keepers);
    t->keepers[t->num_keepers++] = name;
  }
  free(keep);
}

/* Deletes the lazily linked definitions from first on that nothing refers
 * to (not those of a comdat, whose members go together); true if any. */
static bool drop_unreferenced(LLVMValueRef first, LLVMValueRef (*next)(LLVMValueRef), void (*drop)(LLVMValueRef)) {
  bool dropped = false;
  for (LLVMValueRef g = first; g;) {
    LLVMValueRef after = next(g);
    if (linked_lazily(g) && !LLVMGetFirstUse(g) && !LLVMGetComdat(g)) {
      drop(g);
      dropped = true;
    }
    g = after;
  }
  return dropped;
}

/* The keepers go; then the kept definitions nothing refers to, again and
 * again, since one may have been all that referred to another. */
static void drop_keepers(uk_link_tree *t, LLVMModuleRef m) {
  for (uint32_t k = 0; k < t->num_keepers; k++) {
    LLVMValueRef fn = LLVMGetNamedFunction(m, t->keepers[k]);
    if (fn) LLVMDeleteFunction(fn);
  }
  if (!t->num_keepers) return;
  for (bool again = true; again;) {
    bool functions = drop_unreferenced(LLVMGetFirstFunction(m), LLVMGetNextFunction, LLVMDeleteFunction);
    bool globals = drop_unreferenced(LLVMGetFirstGlobal(m), LLVMGetNextGlobal, LLVMDeleteGlobal);
    again = functions || globals;
  }
}

static LLVMModuleRef fresh(const uk_link_tree *t, LLVMModuleRef first) {
  size_t len;
  const char *name = LLVMGetModuleIdentifier(first, &len);
  LLVMModuleRef m = LLVMModuleCreateWithNameInContext("", LLVMGetModuleContext(t->like));
  LLVMSetModuleIdentifier(m, name, len);
  LLVMSetTarget(m, LLVMGetTarget(t->like));
  LLVMSetDataLayout(m, LLVMGetDataLayoutStr(t->like));
  return m;
}

/* m (destroyed) after everything at level r and above it */
static bool add_at(uk_link_tree *t, uint32_t r, LLVMModuleRef m) {
  if (r == t->levels) {
    t->acc = uk_xrealloc(t->acc, (r + 1) * sizeof *t->acc);
    t->count = uk_xrealloc(t->count, (r + 1) * sizeof *t->count);
    t->acc[r] = NULL;
    t->count[r] = 0;
    t->levels++;
  }
  if (!t->acc[r]) t->acc[r] = fresh(t, m);
  if (LLVMLinkModules2(t->acc[r], m)) return false; /* destroys m */
  if (++t->count[r] < FAN_IN) return true;
  LLVMModuleRef full = t->acc[r];
  t->acc[r] = NULL;
  t->count[r] = 0;
  return add_at(t, r + 1, full);
}

bool uk_link_tree_add(uk_link_tree *t, LLVMModuleRef m) {
  keep_lazy_definitions(t, m);
  return add_at(t, 0, m);
}

bool uk_link_tree_finish(uk_link_tree *t, LLVMModuleRef dest) {
  bool ok = true;
  /* the highest level holds the earliest inputs */
  for (uint32_t r = t->levels; r-- > 0;) {
    if (!t->acc[r]) continue;
    LLVMModuleRef m = t->acc[r];
    t->acc[r] = NULL;
    if (ok) ok = !LLVMLinkModules2(dest, m); /* destroys m */
    else LLVMDisposeModule(m);
  }
  if (ok) drop_keepers(t, dest);
  uk_link_tree_free(t);
  return ok;
}

void uk_link_tree_free(uk_link_tree *t) {
  for (uint32_t r = 0; r < t->levels; r++)
    if (t->acc[r]) LLVMDisposeModule(t->acc[r]);
  free(t->acc);
  free(t->count);
  for (uint32_t k = 0; k < t->num_keepers; k++) free(t->keepers[k]);
  free(t->keepers);
  *t = (uk_link_tree){.like = t->like};
}
