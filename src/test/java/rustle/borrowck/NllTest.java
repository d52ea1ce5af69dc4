package rustle.borrowck;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Programs non-lexical lifetimes accept: borrows that are no longer used, two-phase borrows, disjoint
 * fields, reborrows, iterator items. Expected codes and lines are rustc 1.95's.
 */
class NllTest {
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
