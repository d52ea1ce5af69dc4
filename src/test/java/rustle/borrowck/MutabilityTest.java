package rustle.borrowck;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Mutability: assignments to immutable bindings (E0384), mutable borrows (E0596) and assignments
 * (E0594) of places that are not mutable. Expected codes and lines are rustc 1.95's.
 */
class MutabilityTest {
  @Test
  void mutAssignArg() {
    assertThat(Frontend.codes("""
        fn f(x: i32) {
            x = 5;
            println!("{}", x);
        }
        fn main() {
            f(1);
        }
        """)).containsExactly("E0384@2");
  }

  @Test
  void mutAssignBehindShared() {
    assertThat(Frontend.codes("""
        fn reset(counter: &i32) {
            *counter = 0;
        }
        fn main() {
            let c = 5;
            reset(&c);
        }
        """)).containsExactly("E0594@2");
  }

  @Test
  void mutAssignField() {
    assertThat(Frontend.codes("""
        struct P {
            x: i32,
        }
        fn main() {
            let p = P { x: 1 };
            p.x = 2;
            println!("{}", p.x);
        }
        """)).containsExactly("E0594@6");
  }

  @Test
  void mutAssignInLoop() {
    assertThat(Frontend.codes("""
        fn main() {
            let x = 1;
            for _ in 0..2 {
                x = 2;
            }
            for i in 0..3 {
                i += 1;
            }
        }
        """)).containsExactly("E0384@4", "E0384@7");
  }

  @Test
  void mutAssignTwice() {
    assertThat(Frontend.codes("""
        fn main() {
            let limit = 10;
            println!("{}", limit);
            limit = 20;
            println!("{}", limit);
        }
        """)).containsExactly("E0384@4");
  }

  @Test
  void mutBehindShared() {
    assertThat(Frontend.codes("""
        fn add_item(list: &Vec<i32>, x: i32) {
            list.push(x);
        }
        fn main() {
            let mut v = Vec::new();
            add_item(&v, 1);
            v.push(2);
        }
        """)).containsExactly("E0596@2");
  }

  @Test
  void mutBorrowNotMut() {
    assertThat(Frontend.codes("""
        fn main() {
            let greeting = String::from("hi");
            greeting.push_str(" there");
            println!("{}", greeting);
        }
        """)).containsExactly("E0596@3");
  }

  @Test
  void mutBorrowTwiceNotMut() {
    assertThat(Frontend.codes("""
        fn f(v: &mut Vec<i32>) {}
        fn main() {
            let v = vec![1];
            f(&mut v);
            v[0] = 3;
        }
        """)).containsExactly("E0596@3");
  }

  @Test
  void mutDeferredInitOk() {
    assertThat(Frontend.codes("""
        fn main() {
            let x;
            x = 5;
            println!("{}", x);
            for i in 0..2 {
                let y;
                y = i;
                println!("{}", y);
            }
        }
        """)).isEmpty();
  }

  @Test
  void mutFieldBehindRefParam() {
    assertThat(Frontend.codes("""
        struct P { x: i32 }
        fn set(p: &P) {
            p.x = 1;
        }
        fn main() {}
        """)).containsExactly("E0594@3");
  }

  @Test
  void mutIndexThroughShared() {
    assertThat(Frontend.codes("""
        fn set(v: &Vec<i32>) {
            v[0] = 1;
        }
        fn set2(a: &[i32; 3]) {
            a[0] = 1;
        }
        fn main() {
            let v = vec![1];
            v[0] = 2;
            let a = [1, 2];
            a[0] = 3;
            let mut s = String::from("x");
            let r = &s;
            s += "y";
            println!("{}", r);
        }
        """)).containsExactly("E0596@2", "E0594@5", "E0596@9", "E0594@11", "E0502@14");
  }

  @Test
  void mutPushThroughSharedLet() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut v = vec![1];
            let r = &v;
            r.push(2);
        }
        """)).containsExactly("E0596@4");
  }

  @Test
  void mutSelfMethodBehindRef() {
    assertThat(Frontend.codes("""
        struct C { n: i32 }
        impl C {
            fn inc(&mut self) { self.n += 1; }
            fn peek(&self) { self.inc(); }
        }
        fn main() {}
        """)).containsExactly("E0596@4");
  }

  @Test
  void mutSelfRef() {
    assertThat(Frontend.codes("""
        struct Counter {
            n: u32,
        }
        impl Counter {
            fn inc(&self) {
                self.n += 1;
            }
        }
        fn main() {
            let c = Counter { n: 0 };
            c.inc();
        }
        """)).containsExactly("E0594@6");
  }

  @Test
  void mutThroughMutRefOk() {
    assertThat(Frontend.codes("""
        fn bump(n: &mut i32) {
            *n += 1;
        }
        fn main() {
            let mut x = 1;
            let r = &mut x;
            bump(r);
            *r += 1;
            println!("{}", x);
        }
        """)).isEmpty();
  }
}
