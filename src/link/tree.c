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
 * (linkonce, weak) the earlier one wins, as it would there. */
#include "link/link.h"

#include <llvm-c/Linker.h>
#include <stdlib.h>
#include <string.h>

enum { FAN_IN = 8 };

void uk_link_tree_init(uk_link_tree *t, LLVMModuleRef like) {
  *t = (uk_link_tree){.like = like};
}

static LLVMModuleRef fresh(const uk_link_tree *t) {
  LLVMModuleRef m = LLVMModuleCreateWithNameInContext("uklink.part", LLVMGetModuleContext(t->like));
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
  if (!t->acc[r]) t->acc[r] = fresh(t);
  if (LLVMLinkModules2(t->acc[r], m)) return false; /* destroys m */
  if (++t->count[r] < FAN_IN) return true;
  LLVMModuleRef full = t->acc[r];
  t->acc[r] = NULL;
  t->count[r] = 0;
  return add_at(t, r + 1, full);
}

bool uk_link_tree_add(uk_link_tree *t, LLVMModuleRef m) { return add_at(t, 0, m); }

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
  uk_link_tree_free(t);
  return ok;
}

void uk_link_tree_free(uk_link_tree *t) {
  for (uint32_t r = 0; r < t->levels; r++)
    if (t->acc[r]) LLVMDisposeModule(t->acc[r]);
  free(t->acc);
  free(t->count);
  *t = (uk_link_tree){.like = t->like};
}
