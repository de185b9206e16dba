/* self-address.test: each function of self-address-{a,b}.ll that a library
 * given on the command line defines must see its own address, whatever was
 * merged. Prints "NAME ok" or "NAME WRONG" per function found. */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  static const char *const names[] = {"ret_a", "ret_b", "cmp_a", "cmp_b", "store_a", "store_b",
                                      "conv_a", "conv_b", "u_a", "u_b", "o_a", "o_b"};
  int wrong = 0;
  for (int i = 1; i < argc; i++) {
    void *h = dlopen(argv[i], RTLD_NOW | RTLD_LOCAL);
    if (!h) {
      printf("cannot load: %s\n", dlerror());
      return 1;
    }
    for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
      void *f = dlsym(h, names[k]);
      if (!f) continue;
      int ok;
      if (!strncmp(names[k], "cmp", 3)) {
        ok = ((int (*)(void *))f)(f) == 1;
      } else if (!strncmp(names[k], "store", 5)) {
        void *slot = NULL;
        ((void (*)(void **))f)(&slot);
        ok = slot == f;
      } else if (!strncmp(names[k], "conv", 4)) {
        ok = ((uint64_t (*)(void))f)() == (uint64_t)(uintptr_t)f;
      } else if (!strncmp(names[k], "o_", 2)) {
        ok = ((void *(*)(int))f)(0) == f;
      } else {
        ok = ((void *(*)(void))f)() == f;
      }
      printf("%s %s\n", names[k], ok ? "ok" : "WRONG");
      wrong += !ok;
    }
  }
  return wrong != 0;
}
