/* Static constructors and destructors, placed where an ELF loader runs them.
 *
 * A target machine made through the C API keeps LLVM's default of putting
 * llvm.global_ctors/dtors into .ctors/.dtors (UseInitArray is off, and the C
 * API cannot turn it on). Nothing runs those sections any more: glibc's
 * loader and lld's output run .init_array/.fini_array. So before an object
 * is emitted, each live entry of the two lists becomes a private pointer in
 * .init_array / .fini_array, or .init_array.PRIO / .fini_array.PRIO for a
 * priority other than the default 65535, which is what clang emits:
 *  - the lists are read as LLVM's AsmPrinter reads them: an entry with a null
 *    function ends the list, one whose priority is not a constant integer is
 *    skipped, and one whose associated data (the third field) is not defined
 *    in this module is dropped (the object that defines the data runs it);
 *  - entries keep their list order within a priority (the linker orders the
 *    .PRIO sections by priority, and the unsuffixed one last); the loader
 *    runs .init_array forwards and .fini_array backwards, as for clang;
 *  - an entry whose associated data is in a comdat joins that comdat, so
 *    that it is dropped with the data when a link picks another copy;
 *  - the new globals are in llvm.compiler.used, so that no later pass drops
 *    them; the linker keeps .init_array/.fini_array sections by their type.
 * Two inputs that each have a constructor keep two entries even when their
 * bodies were merged into one: the constructor runs twice, as in the link of
 * the unmerged objects.
 *
 * A target with no operating system (IREE's embedded ELF) has no loader that
 * runs these sections, so there constructors are an error, never dropped. */
#include "codegen/codegen.h"

#include <llvm-c/Comdat.h>
#include <llvm-c/Target.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct structor {
  uint64_t priority;
  LLVMValueRef fn, data;
  uint32_t order;
} structor;

static int by_priority(const void *a, const void *b) {
  const structor *x = a, *y = b;
  if (x->priority != y->priority) return x->priority < y->priority ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order; /* stable */
}

/* The live entries of list (llvm.global_ctors or _dtors), or none. */
static structor *read_list(LLVMValueRef list, uint32_t *n) {
  *n = 0;
  LLVMValueRef init = list ? LLVMGetInitializer(list) : NULL;
  if (!init || !LLVMIsAConstantArray(init)) return NULL;
  uint64_t len = LLVMGetArrayLength2(LLVMTypeOf(init));
  structor *s = uk_xcalloc(len ? len : 1, sizeof *s);
  for (uint64_t i = 0; i < len; i++) {
    LLVMValueRef e = LLVMGetAggregateElement(init, (unsigned)i);
    if (!e || !LLVMIsAConstantStruct(e)) break;
    unsigned fields = LLVMCountStructElementTypes(LLVMTypeOf(e));
    LLVMValueRef prio = LLVMGetAggregateElement(e, 0), fn = fields > 1 ? LLVMGetAggregateElement(e, 1) : NULL;
    LLVMValueRef data = fields > 2 ? LLVMGetAggregateElement(e, 2) : NULL;
    if (!fn || LLVMIsNull(fn)) break;
    if (!LLVMIsAConstantInt(prio)) continue;
    LLVMValueRef key = data && LLVMIsAGlobalValue(data) ? data : NULL;
    if (key && (LLVMIsDeclaration(key) || LLVMGetLinkage(key) == LLVMAvailableExternallyLinkage)) continue;
    s[(*n)++] = (structor){LLVMConstIntGetZExtValue(prio), fn, key, (uint32_t)i};
  }
  qsort(s, *n, sizeof *s, by_priority);
  return s;
}

/* Appends gs to llvm.compiler.used (made anew: an initializer cannot grow). */
static void add_compiler_used(LLVMModuleRef m, const LLVMValueRef *gs, uint32_t n) {
  LLVMTypeRef ptr = LLVMPointerTypeInContext(LLVMGetModuleContext(m), 0);
  LLVMValueRef old = LLVMGetNamedGlobal(m, "llvm.compiler.used");
  LLVMValueRef old_init = old ? LLVMGetInitializer(old) : NULL;
  uint64_t nold = old_init ? LLVMGetArrayLength2(LLVMTypeOf(old_init)) : 0;
  LLVMValueRef *all = uk_xcalloc(nold + n, sizeof *all);
  for (uint64_t i = 0; i < nold; i++) all[i] = LLVMGetAggregateElement(old_init, (unsigned)i);
  memcpy(all + nold, gs, n * sizeof *gs);
  if (old) LLVMDeleteGlobal(old);
  LLVMValueRef init = LLVMConstArray2(ptr, all, nold + n);
  LLVMValueRef g = LLVMAddGlobal(m, LLVMTypeOf(init), "llvm.compiler.used");
  LLVMSetLinkage(g, LLVMAppendingLinkage);
  LLVMSetSection(g, "llvm.metadata");
  LLVMSetInitializer(g, init);
  free(all);
}

/* One list's entries as pointers in .init_array or .fini_array sections. */
static void lower_list(LLVMModuleRef m, LLVMValueRef list, const char *array) {
  uint32_t n;
  structor *s = read_list(list, &n);
  LLVMDeleteGlobal(list);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(LLVMGetModuleContext(m), 0);
  unsigned align = LLVMABIAlignmentOfType(LLVMGetModuleDataLayout(m), ptr);
  LLVMValueRef *gs = uk_xcalloc(n ? n : 1, sizeof *gs);
  for (uint32_t i = 0; i < n; i++) {
    char section[48];
    if (s[i].priority == 65535) snprintf(section, sizeof section, ".%s", array);
    else snprintf(section, sizeof section, ".%s.%llu", array, (unsigned long long)s[i].priority);
    LLVMValueRef init = LLVMConstArray2(ptr, &s[i].fn, 1);
    /* writable, like clang's: the section's flags must agree in every object */
    LLVMValueRef g = LLVMAddGlobal(m, LLVMTypeOf(init), array);
    LLVMSetInitializer(g, init);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetSection(g, section);
    LLVMSetAlignment(g, align);
    if (s[i].data && LLVMGetComdat(s[i].data)) LLVMSetComdat(g, LLVMGetComdat(s[i].data));
    gs[i] = g;
  }
  if (n) add_compiler_used(m, gs, n);
  free(gs);
  free(s);
}

/* A triple whose objects are ELF (the only format uklink links). */
static bool is_elf(const char *triple) {
  static const char *const others[] = {"darwin", "macos", "ios", "windows", "win32", "cygwin", "mingw",
                                       "wasm",   "aix",   "uefi"};
  for (size_t i = 0; i < sizeof others / sizeof *others; i++)
    if (strstr(triple, others[i])) return false;
  return true;
}

/* The first input of t whose module defines a constructor or destructor list. */
static const char *input_with_structors(const uk_blame *who) {
  if (who->file) return who->file;
  const char *file = uk_input_with_symbol(who->in, who->t, "llvm.global_ctors");
  return file ? file : uk_input_with_symbol(who->in, who->t, "llvm.global_dtors");
}

bool uk_lower_structors(uk_context *ctx, LLVMModuleRef m, const uk_blame *who) {
  static const char *const lists[2] = {"llvm.global_ctors", "llvm.global_dtors"};
  static const char *const arrays[2] = {"init_array", "fini_array"};
  if (!is_elf(who->t->triple)) return true;
  for (int k = 0; k < 2; k++) {
    LLVMValueRef list = LLVMGetNamedGlobal(m, lists[k]);
    if (!list) continue;
    if (uk_triple_is_freestanding(who->t->triple)) {
      uint32_t n;
      structor *s = read_list(list, &n);
      char *symbol = NULL;
      if (n && LLVMIsAGlobalValue(s[0].fn)) {
        size_t len;
        const char *name = LLVMGetValueName2(s[0].fn, &len);
        symbol = uk_xstrndup(name, len);
      }
      free(s);
      if (n) {
        uk_error(ctx, input_with_structors(who), symbol,
                 "static %s (%s) cannot run on %s: a target with no operating system has no loader that runs "
                 "them (IREE's does not)",
                 k ? "destructor" : "constructor", lists[k], who->t->triple);
        free(symbol);
        return false;
      }
    }
    lower_list(m, list, arrays[k]);
  }
  return true;
}
