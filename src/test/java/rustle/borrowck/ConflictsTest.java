package rustle.borrowck;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Borrows that conflict with live borrows: two mutable ones (E0499), a mutable and a shared one
 * (E0502). Expected codes and lines are rustc 1.95's.
 */
class ConflictsTest {
  @Test
  void conflictDropGuard() {
    assertThat(Frontend.codes("""
        struct Guard<'a> { r: &'a mut Vec<i32> }
        impl<'a> Drop for Guard<'a> { fn drop(&mut self) { self.r.push(0); } }
        struct Noisy { name: String }
        impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.name); } }
        fn main() {
            let mut v = vec![1];
            {
                let g = Guard { r: &mut v };
                g.r.push(5);
            }
            v.push(1);
            let n = Noisy { name: String::from("a") };
            let m = n;
            let g2 = Guard { r: &mut v };
            drop(g2);
            v.push(2);
            let g3 = Guard { r: &mut v };
            v.push(3);
        }
        """)).containsExactly("E0499@18");
  }

  @Test
  void conflictFnArgs() {
    assertThat(Frontend.codes("""
        fn g(a: &mut Vec<i32>, b: usize) {}
        fn main() {
            let mut v = vec![1, 2];
            g(&mut v, v.len());
        }
        """)).containsExactly("E0502@4");
  }

  @Test
  void conflictGetMutTwice() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut v = vec![1, 2];
            let a = v.get_mut(0).unwrap();
            let b = v.get_mut(1).unwrap();
            *a += 1;
            *b += 1;
        }
        """)).containsExactly("E0499@4");
  }

  @Test
  void conflictInLoop() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut m = 1;
            let mut refs = Vec::new();
            for _ in 0..2 {
                refs.push(&mut m);
            }
        }
        """)).containsExactly("E0499@5");
  }

  @Test
  void conflictIndexSplitAtMut() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut a = [1, 2, 3];
            let p = &mut a[0];
            let q = &mut a[1];
            *p = 1;
            *q = 2;
            let mut v = vec![1, 2];
            let x = &mut v[0];
            let y = &mut v[1];
            *x = 1;
            *y = 2;
        }
        """)).containsExactly("E0499@4", "E0499@9");
  }

  @Test
  void conflictIterPush() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut v = vec![1, 2];
            for x in &v {
                v.push(*x);
            }
        }
        """)).containsExactly("E0502@4");
  }

  @Test
  void conflictIteratorMovedIntoFor() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut s = String::from("abc");
            let c = s.chars();
            s.push('d');
            for ch in c { println!("{}", ch); }
        }
        """)).containsExactly("E0502@4");
  }

  @Test
  void conflictMethodRefThenMut() {
    assertThat(Frontend.codes("""
        struct Team { members: Vec<String>, lead: String }
        impl Team {
            fn lead_ref(&self) -> &String { &self.lead }
            fn add(&mut self, m: String) { self.members.push(m); }
        }
        fn main() {
            let mut t = Team { members: vec![], lead: String::from("x") };
            let l = t.lead_ref();
            t.add(String::from("y"));
            println!("{}", l);
        }
        """)).containsExactly("E0502@9");
  }

  @Test
  void conflictMethodWhileMut() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut queue: Vec<i32> = Vec::new();
            let handle = &mut queue;
            queue.push(1);
            handle.push(2);
        }
        """)).containsExactly("E0499@4");
  }

  @Test
  void conflictMutWhileShared() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut scores = vec![10, 20, 30];
            let top = &scores[0];
            scores.push(40);
            println!("{}", top);
        }
        """)).containsExactly("E0502@4");
  }

  @Test
  void conflictReborrowEscapesBlock() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut s = String::from("a");
            let t;
            {
                let r = &mut s;
                t = r;
            }
            s.push('b');
            t.push('c');
        }
        """)).containsExactly("E0499@8");
  }

  @Test
  void conflictReborrowThenParent() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut a = String::from("x");
            let b = &mut a;
            let c = &mut *b;
            b.push('y');
            c.push('z');
        }
        """)).containsExactly("E0499@5");
  }

  @Test
  void conflictReturnedBorrowCase3() {
    assertThat(Frontend.codes("""
        struct S { v: Vec<i32> }
        impl S {
            fn get_or_insert(&mut self) -> &mut i32 {
                if let Some(x) = self.v.get_mut(0) {
                    return x;
                }
                self.v.push(0);
                self.v.get_mut(0).unwrap()
            }
        }
        fn first_or<'a>(v: &'a mut Vec<String>, d: &str) -> &'a String {
            let f = v.get(0);
            if let Some(x) = f {
                return x;
            }
            v.push(d.to_string());
            &v[0]
        }
        fn main() {}
        """)).containsExactly("E0499@7", "E0499@8", "E0502@16");
  }

  @Test
  void conflictReturnedBorrowInLoop() {
    assertThat(Frontend.codes("""
        fn find_zero(v: &mut Vec<i32>) -> Option<&mut i32> {
            for i in 0..v.len() {
                let r = &mut v[i];
                if *r == 0 { return Some(r); }
            }
            None
        }
        fn first_big<'a>(v: &'a [i32]) -> &'a i32 {
            let mut best = &v[0];
            for x in v { if *x > *best { best = x; } }
            best
        }
        fn longest<'a>(a: &'a mut String, b: &'a mut String) -> &'a mut String {
            if a.len() > b.len() { a.push('!'); a } else { b.push('?'); b }
        }
        fn main() {}
        """)).containsExactly("E0499@3");
  }

  @Test
  void conflictSharedWhileMut() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut total = 0;
            let acc = &mut total;
            let peek = &total;
            *acc += 5;
            println!("{}", peek);
        }
        """)).containsExactly("E0502@4");
  }

  @Test
  void conflictTwoMut() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut buffer = String::from("log:");
            let w1 = &mut buffer;
            let w2 = &mut buffer;
            w1.push_str(" one");
            w2.push_str(" two");
        }
        """)).containsExactly("E0499@4");
  }

  @Test
  void conflictWhileCond() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut v = vec![1, 2, 3];
            let r = &v;
            while v.len() < 10 {
                v.push(1);
                println!("{}", r.len());
            }
        }
        """)).containsExactly("E0502@5");
  }
}
