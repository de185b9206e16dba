/* decl-differs.test: loads decl-b's library and checks that its functions
 * behave as decl-b.ll says, whatever decl-a.ll declares about the same
 * names. The program provides the symbols both declare (-rdynamic). */
#include <dlfcn.h>
#include <stdio.h>

static int calls;
int limit;
int counter(void) { return ++calls; }
void bump(void) { limit++; }

int main(int argc, char **argv) {
  void *h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    printf("cannot load: %s\n", dlerror());
    return 1;
  }
  int (*twice)(void) = (int (*)(void))dlsym(h, "twice_b");
  int (*reload)(void) = (int (*)(void))dlsym(h, "reload_b");
  if (!twice || !reload) {
    printf("missing symbols\n");
    return 1;
  }
  int t = twice();  /* counter() twice: 1 + 2 */
  limit = 10;
  int r = reload(); /* limit, then bumped: 10 + 11 */
  printf("twice_b %d (calls %d) reload_b %d\n", t, calls, r);
  return !(t == 3 && calls == 2 && r == 21);
}
