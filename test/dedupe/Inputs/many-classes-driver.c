/* many-classes.test: calls every function of LIBRARY that LISTING names
 * ("name class" per line) and checks it computes its class's x * (c + 2) + c. */
#include <dlfcn.h>
#include <stdio.h>

int main(int argc, char **argv) {
  void *h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  FILE *lst = fopen(argv[2], "r");
  if (!h || !lst) {
    printf("cannot open: %s\n", h ? argv[2] : dlerror());
    return 1;
  }
  char name[64];
  int c, n = 0, wrong = 0;
  while (fscanf(lst, "%63s %d", name, &c) == 2) {
    int (*f)(int) = (int (*)(int))dlsym(h, name);
    int want = 5 * (c + 2) + c;
    if (!f || f(5) != want) {
      if (wrong++ < 5) printf("%s: wrong\n", name);
    }
    n++;
  }
  printf("%d functions, %d wrong\n", n, wrong);
  return wrong != 0;
}
