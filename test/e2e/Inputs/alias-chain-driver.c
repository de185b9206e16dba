/* alias-chain.test: for each library and each suffix it defines, the
 * alias of an alias calls the right function and has its address. */
#include <dlfcn.h>
#include <stdio.h>

typedef int (*fn)(int);

static int wrong;

static void check(int ok, const char *lib, const char *what) {
  printf("%s: %s %s\n", lib, what, ok ? "ok" : "WRONG");
  wrong += !ok;
}

static void *sym(void *h, const char *name, char suffix) {
  char full[32];
  snprintf(full, sizeof full, "%s_%c", name, suffix);
  return dlsym(h, full);
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    void *h = dlopen(argv[i], RTLD_NOW | RTLD_LOCAL);
    if (!h) {
      printf("cannot load: %s\n", dlerror());
      return 1;
    }
    const char *lib = argv[i];
    for (const char *p = argv[i]; *p; p++)
      if (*p == '/') lib = p + 1;
    for (const char *s = "xy"; *s; s++) {
      fn f = (fn)sym(h, "f", *s), a = (fn)sym(h, "a", *s), aa = (fn)sym(h, "aa", *s);
      fn g = (fn)sym(h, "g", *s), ag = (fn)sym(h, "ag", *s), aag = (fn)sym(h, "aag", *s);
      void *(*gets)(void) = (void *(*)(void))sym(h, "gets", *s);
      if (!f) continue;
      printf("%s: suffix %c\n", lib, *s);
      check(aa && aa(5) == 15 && a(5) == 15 && f(5) == 15, lib, "aa calls f");
      check(aa == a && a == f, lib, "aa, a and f have one address");
      check(aag && aag(5) == 25 && ag(5) == 25 && g(5) == 25, lib, "aag calls g");
      check(aag == ag && ag == g, lib, "aag, ag and g have one address");
      check(gets && gets() == dlsym(h, "s"), lib, "gets returns s");
    }
    /* both in one library: g_x and g_y keep distinct addresses */
    if (sym(h, "g", 'x') && sym(h, "g", 'y')) check(sym(h, "g", 'x') != sym(h, "g", 'y'), lib, "g_x != g_y");
  }
  return wrong != 0;
}
