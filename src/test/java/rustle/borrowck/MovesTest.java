package rustle.borrowck;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Moves and initialization: uses after a move (E0382), in loops and of partly moved values, and uses
 * of bindings that may not be initialized (E0381). Expected codes and lines are rustc 1.95's.
 */
class MovesTest {
  @Test
  void moveConditional() {
    assertThat(Frontend.codes("""
        fn main() {
            let s = String::from("a");
            let c = s.len() > 3;
            if c {
                drop(s);
            }
            println!("{}", s);
        }
        """)).containsExactly("E0382@7");
  }

  @Test
  void moveCopyOk() {
    assertThat(Frontend.codes("""
        #[derive(Clone, Copy)]
        struct P {
            x: i32,
        }
        fn main() {
            let a = 5;
            let b = a;
            let p = P { x: 1 };
            let q = p;
            println!("{} {} {} {}", a, b, p.x, q.x);
        }
        """)).isEmpty();
  }

  @Test
  void moveDisjointFieldsOk() {
    assertThat(Frontend.codes("""
        struct Pair {
            a: String,
            b: String,
        }
        fn main() {
            let p = Pair { a: String::from("a"), b: String::from("b") };
            let x = p.a;
            let y = p.b;
            println!("{} {}", x, y);
        }
        """)).isEmpty();
  }

  @Test
  void moveForLoop() {
    assertThat(Frontend.codes("""
        fn main() {
            let v = vec![String::from("a")];
            for s in v {
                println!("{}", s);
            }
            println!("{}", v.len());
        }
        """)).containsExactly("E0382@6");
  }

  @Test
  void moveIfLet() {
    assertThat(Frontend.codes("""
        fn main() {
            let opt: Option<String> = Some(String::from("x"));
            if let Some(s) = opt {
                println!("{}", s);
            }
            println!("{:?}", opt);
        }
        """)).containsExactly("E0382@6");
  }

  @Test
  void moveInLoop() {
    assertThat(Frontend.codes("""
        fn store(s: String) -> usize {
            s.len()
        }
        fn main() {
            let record = String::from("row");
            let mut total = 0;
            for _ in 0..3 {
                total += store(record);
            }
            println!("{}", total);
        }
        """)).containsExactly("E0382@8");
  }

  @Test
  void moveIntoBox() {
    assertThat(Frontend.codes("""
        #[derive(Debug)]
        struct S { v: Vec<i32> }
        fn main() {
            let s = S { v: vec![1] };
            let b = Box::new(s);
            println!("{:?}", s);
        }
        """)).containsExactly("E0382@6");
  }

  @Test
  void moveIntoFnTwice() {
    assertThat(Frontend.codes("""
        fn consume(s: String) -> usize {
            s.len()
        }
        fn main() {
            let s = String::from("x");
            consume(s);
            consume(s);
        }
        """)).containsExactly("E0382@7");
  }

  @Test
  void moveIntoIterSum() {
    assertThat(Frontend.codes("""
        fn main() {
            let v = vec![1, 2, 3];
            let total: i32 = v.into_iter().sum();
            println!("{} {}", total, v.len());
        }
        """)).containsExactly("E0382@4");
  }

  @Test
  void moveIntoVecPush() {
    assertThat(Frontend.codes("""
        fn main() {
            let s = String::from("x");
            let mut v = Vec::new();
            v.push(s);
            println!("{} {:?}", s, v);
        }
        """)).containsExactly("E0382@5");
  }

  @Test
  void moveMatchBinding() {
    assertThat(Frontend.codes("""
        fn main() {
            let o = Some(String::from("x"));
            match o {
                Some(s) => println!("{}", s),
                None => {}
            }
            println!("{:?}", o);
        }
        """)).containsExactly("E0382@7");
  }

  @Test
  void moveMethodSelf() {
    assertThat(Frontend.codes("""
        fn main() {
            let v = vec![1, 2];
            let it = v.into_iter();
            println!("{:?}", v);
        }
        """)).containsExactly("E0382@4");
  }

  @Test
  void movePartialThenWhole() {
    assertThat(Frontend.codes("""
        struct Profile {
            name: String,
            bio: String,
        }
        fn main() {
            let p = Profile { name: String::from("kim"), bio: String::from("hi") };
            let taken = p.name;
            let again = p;
            println!("{} {}", taken, again.bio);
        }
        """)).containsExactly("E0382@8");
  }

  @Test
  void moveReinitOk() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut s = String::from("a");
            let t = s;
            s = String::from("b");
            println!("{} {}", s, t);
        }
        """)).isEmpty();
  }

  @Test
  void moveUseAfterMove() {
    assertThat(Frontend.codes("""
        fn main() {
            let title = String::from("report");
            let archived = title;
            println!("{}", archived);
            println!("{}", title);
        }
        """)).containsExactly("E0382@5");
  }

  @Test
  void uninitBothBranchesOk() {
    assertThat(Frontend.codes("""
        fn main() {
            let n = 7;
            let label: &str;
            if n > 5 {
                label = "big";
            } else {
                label = "small";
            }
            println!("{}", label);
        }
        """)).isEmpty();
  }

  @Test
  void uninitDivergingOk() {
    assertThat(Frontend.codes("""
        fn main() {
            let n = 7;
            let label: &str;
            if n > 5 {
                label = "big";
            } else {
                panic!("small");
            }
            println!("{}", label);
        }
        """)).isEmpty();
  }

  @Test
  void uninitForLoop() {
    assertThat(Frontend.codes("""
        fn main() {
            let x;
            for i in 0..3 {
                x = i;
            }
            println!("{}", x);
        }
        """)).containsExactly("E0384@4", "E0381@6");
  }

  @Test
  void uninitNever() {
    assertThat(Frontend.codes("""
        fn main() {
            let x: i32;
            let y = x + 1;
            println!("{}", y);
        }
        """)).containsExactly("E0381@3");
  }

  @Test
  void uninitPossibly() {
    assertThat(Frontend.codes("""
        fn main() {
            let n = 7;
            let label: &str;
            if n > 5 {
                label = "big";
            }
            println!("{}", label);
        }
        """)).containsExactly("E0381@7");
  }
}
