package rustle.borrowck;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Accesses that invalidate a live borrow: uses (E0503), moves (E0505) and assignments (E0506),
 * including drops that use a borrow. Expected codes and lines are rustc 1.95's.
 */
class InvalidationTest {
  @Test
  void conflictArrayCopyWhileMut() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut a = [1, 2, 3];
            let r = &mut a;
            let b = a[0];
            r[0] = 2;
        }
        """)).containsExactly("E0503@4");
  }

  @Test
  void conflictAssignFieldWhileBorrowed() {
    assertThat(Frontend.codes("""
        struct P { x: i32, y: i32 }
        fn main() {
            let mut p = P { x: 1, y: 2 };
            let r = &p;
            p.x = 5;
            println!("{}", r.y);
        }
        """)).containsExactly("E0506@5");
  }

  @Test
  void conflictAssignWhileBorrowed() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut level = 3;
            let r = &level;
            level = 4;
            println!("{} {}", r, level);
        }
        """)).containsExactly("E0506@4");
  }

  @Test
  void conflictDropWhileIterRefs() {
    assertThat(Frontend.codes("""
        fn main() {
            let v = vec![String::from("a")];
            let mut out = Vec::new();
            for s in v.iter() {
                out.push(s);
            }
            drop(v);
            println!("{:?}", out);
        }
        """)).containsExactly("E0505@7");
  }

  @Test
  void conflictFieldRefReassigned() {
    assertThat(Frontend.codes("""
        struct S<'a> { r: &'a i32, n: i32 }
        fn main() {
            let mut x1 = 1;
            let x2 = 2;
            let mut s = S { r: &x1, n: 0 };
            println!("{}", s.r);
            s.r = &x2;
            x1 = 5;
            println!("{} {}", s.r, x1);
        }
        """)).containsExactly("E0506@8");
  }

  @Test
  void conflictInlineCapture() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut v = vec![1, 2, 3, 4, 5];
            let first = &v[0];
            v.push(6);
            println!("The first element is: {first}");
            let s = String::from("x");
            let t = s;
            println!("{s} {t}");
        }
        """)).containsExactly("E0502@4", "E0382@8");
  }

  @Test
  void conflictMoveFieldWhileFieldBorrowed() {
    assertThat(Frontend.codes("""
        struct P { name: String, tags: Vec<String> }
        fn main() {
            let p = P { name: String::from("a"), tags: vec![] };
            let n = &p.name;
            let t = p.tags;
            let q = p.name;
            println!("{} {:?} {}", n, t, q);
        }
        """)).containsExactly("E0505@6");
  }

  @Test
  void conflictMoveWhileBorrowed() {
    assertThat(Frontend.codes("""
        fn main() {
            let note = String::from("remember");
            let view = &note;
            let owner = note;
            println!("{} {}", view, owner);
        }
        """)).containsExactly("E0505@4");
  }

  @Test
  void conflictReassignWhileBorrowed() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut list = vec![String::from("a")];
            let first = &list[0];
            list = Vec::new();
            println!("{}", first);
        }
        """)).containsExactly("E0506@4");
  }

  @Test
  void conflictUseWhileMut() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut n = 1;
            let r = &mut n;
            let k = n + 1;
            *r = 2;
            println!("{}", k);
        }
        """)).containsExactly("E0503@4");
  }

  @Test
  void conflictVecOfMutRefs() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut x = 0;
            let mut refs: Vec<&mut i32> = Vec::new();
            refs.push(&mut x);
            x += 1;
            refs.len();
        }
        """)).containsExactly("E0503@5");
  }
}
