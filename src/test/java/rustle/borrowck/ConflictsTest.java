package rustle.borrowck;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Conflicting borrows (E0499, E0502, E0503, E0505, E0506) under non-lexical lifetimes, and the
 * programs NLL and two-phase borrows accept. Expected codes and lines are rustc 1.95's.
 */
class ConflictsTest {
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
  void disjointFieldsOk() {
    assertThat(Frontend.codes("""
        struct S {
            a: Vec<i32>,
            b: Vec<i32>,
        }
        fn main() {
            let mut s = S { a: vec![], b: vec![] };
            let ra = &mut s.a;
            let rb = &mut s.b;
            ra.push(1);
            rb.push(2);
        }
        """)).isEmpty();
  }

  @Test
  void iterItemsOk() {
    assertThat(Frontend.codes("""
        fn main() {
            let words = vec!["a", "bb"];
            let mut longest = "";
            for w in &words {
                if w.len() > longest.len() {
                    longest = w;
                }
            }
            let mut it = words.iter();
            let a = it.next();
            let b = it.next();
            println!("{} {:?} {:?}", longest, a, b);
        }
        """)).isEmpty();
  }

  @Test
  void nllLastUseOk() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut v = vec![1];
            let r = &mut v;
            r.push(2);
            println!("{}", v.len());
            let first = &v[0];
            println!("{}", first);
            v.push(3);
        }
        """)).isEmpty();
  }

  @Test
  void reborrowOk() {
    assertThat(Frontend.codes("""
        fn push_all(v: &mut Vec<i32>) {
            v.push(1);
        }
        fn main() {
            let mut v = Vec::new();
            let r = &mut v;
            push_all(r);
            push_all(r);
            r.push(3);
            println!("{:?}", v);
        }
        """)).isEmpty();
  }

  @Test
  void twoPhaseOk() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut v = vec![1, 2];
            v.push(v.len());
            let x = &v[0];
            v.push(*x);
            let last = v.len() - 1;
            v[last] = v[0] + 1;
        }
        """)).isEmpty();
  }
}
