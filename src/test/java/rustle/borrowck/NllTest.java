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
  void nllGetMutOrInsert() {
    assertThat(Frontend.codes("""
        struct Store { keys: Vec<String>, vals: Vec<i32> }
        impl Store {
            fn find_mut(&mut self, k: &str) -> Option<&mut i32> {
                for i in 0..self.keys.len() {
                    if self.keys[i] == k { return Some(&mut self.vals[i]); }
                }
                None
            }
            fn insert(&mut self, k: &str, v: i32) { self.keys.push(k.to_string()); self.vals.push(v); }
            fn bump(&mut self, k: &str) {
                if let Some(x) = self.find_mut(k) { *x += 1; } else { self.insert(k, 1); }
            }
        }
        fn fill(buf: &mut [i32], start: i32) { for i in 0..buf.len() { buf[i] = start + i as i32; } }
        fn count_down(v: &mut Vec<i32>, n: i32) { if n == 0 { return; } v.push(n); count_down(v, n - 1); }
        fn main() {
            let mut s = Store { keys: Vec::new(), vals: Vec::new() };
            s.bump("a");
            s.bump("a");
            s.bump("b");
            let mut v = vec![1, 2];
            if let Some(x) = v.get_mut(0) { *x += 1; } else { v.push(1); }
            let a = String::from("x");
            let b = String::from("y");
            match (&a, &b) { (p, q) if p < q => println!("{}", p), (_, q) => println!("{}", q) }
            let mut arr = [0; 5];
            fill(&mut arr, 10);
            let sl = &arr[1..3];
            println!("{:?}", sl);
            arr[0] = 1;
            let mut out = Vec::new();
            count_down(&mut out, 3);
            println!("{:?} {:?} {:?}", s.vals, v, out);
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
  void nllLinkedList() {
    assertThat(Frontend.codes("""
        struct Node { val: i32, next: Option<Box<Node>> }
        fn last_mut(mut cur: &mut Node) -> &mut Node {
            while cur.next.is_some() {
                cur = cur.next.as_mut().unwrap();
            }
            cur
        }
        fn sum(list: &Node) -> i32 {
            let mut total = 0;
            let mut cur = Some(list);
            while let Some(n) = cur {
                total += n.val;
                cur = match &n.next { Some(b) => Some(&**b), None => None };
            }
            total
        }
        fn push_back(head: &mut Node, v: i32) {
            let last = last_mut(head);
            last.next = Some(Box::new(Node { val: v, next: None }));
        }
        fn main() {
            let mut head = Node { val: 1, next: None };
            push_back(&mut head, 2);
            push_back(&mut head, 3);
            let l = last_mut(&mut head);
            l.val = 10;
            println!("{}", sum(&head));
        }
        """)).isEmpty();
  }

  @Test
  void nllMiscAccepted() {
    assertThat(Frontend.codes("""
        struct Point { x: i32, y: i32 }
        impl Point {
            fn get_mut(&mut self) -> &mut i32 { &mut self.x }
            fn into_parts(self) -> (i32, i32) { let Point { x, y } = self; (x, y) }
        }
        fn name_of(v: &Vec<(String, i32)>) -> &String { let e = &v[0]; &e.0 }
        fn main() {
            let mut v = vec![1, 2];
            if let Some(x) = v.get(0) { v.push(*x); }
            let mut p = Point { x: 1, y: 2 };
            *p.get_mut() += 5;
            let (a, b) = p.into_parts();
            let s1 = String::from("a");
            let s2 = String::from("b");
            let s3 = s1 + &s2;
            println!("{} {} {} {}", a, b, s3, s2);
            let pairs = vec![(String::from("k"), 1)];
            println!("{}", name_of(&pairs));
            for (k, n) in pairs { println!("{} {}", k, n); }
            let words = vec![String::from("a"), String::from("b")];
            let slice = &words[0..1];
            println!("{:?}", slice);
            let mut w2 = words;
            w2.push(String::from("c"));
            let joined = w2.join(",");
            let mut b = Box::new(5);
            *b = 6;
            let t = String::from("abc");
            let sub = &t[1..];
            if sub == "bc" && t.len() == 3 { println!("{}", joined); }
        }
        """)).isEmpty();
  }

  @Test
  void nllReassignedRef() {
    assertThat(Frontend.codes("""
        fn main() {
            let mut x1 = 1;
            let x2 = 2;
            let mut r = &x1;
            println!("{}", r);
            r = &x2;
            x1 = 5;
            println!("{} {}", r, x1);
        }
        """)).isEmpty();
  }

  @Test
  void nllStoreBehindArgumentOk() {
    assertThat(Frontend.codes("""
        fn add<'a>(v: &mut Vec<&'a str>, s: &'a str) { v.push(s); }
        fn add2(v: &mut Vec<String>) { let s = String::new(); v.push(s); }
        fn add3<'a>(v: &mut Vec<&'a str>, s: &'a String) { v.push(s.as_str()); }
        fn add4(v: &mut Vec<&str>) { v.push("lit"); }
        fn fill(out: &mut Vec<&'static str>) { let x = "a"; out.push(x); }
        fn swap_in<'a>(slot: &mut &'a str, s: &'a str) -> &'a str { let old = *slot; *slot = s; old }
        fn main() {
            let mut v: Vec<&str> = Vec::new();
            let owned = String::from("o");
            add(&mut v, &owned);
            add3(&mut v, &owned);
            add4(&mut v);
            let mut w = Vec::new();
            add2(&mut w);
            let mut f = Vec::new();
            fill(&mut f);
            let mut slot = "x";
            let old = swap_in(&mut slot, &owned);
            println!("{:?} {:?} {:?} {} {}", v, w, f, old, slot);
        }
        """)).isEmpty();
  }

  @Test
  void nllStructMethodUnrelatedRef() {
    assertThat(Frontend.codes("""
        struct P<'a> { input: &'a str, pos: usize }
        impl<'a> P<'a> {
            fn feed(&mut self, extra: &str) -> usize { self.pos += extra.len(); self.pos }
            fn set(&mut self, s: &'a str) { self.input = s; }
        }
        fn main() {
            let text = String::from("abc");
            let mut p = P { input: &text, pos: 0 };
            let mut buf = String::from("x");
            p.feed(&buf);
            buf.push('y');
            p.feed(&buf);
            let other = String::from("o");
            p.set(&other);
            println!("{}", p.input);
        }
        """)).isEmpty();
  }

  @Test
  void nllSwapValuesHoldingRefs() {
    assertThat(Frontend.codes("""
        use std::mem;
        struct N<'a> { name: &'a str }
        impl<'a> Drop for N<'a> { fn drop(&mut self) { println!("drop {}", self.name); } }
        struct M { name: String }
        impl Drop for M { fn drop(&mut self) { println!("drop {}", self.name); } }
        fn main() {
            let mut a = M { name: String::from("a") };
            let mut b = M { name: String::from("b") };
            mem::swap(&mut a, &mut b);
            let s1 = String::from("x");
            let s2 = String::from("y");
            let mut c = N { name: &s1 };
            let mut d = N { name: &s2 };
            mem::swap(&mut c, &mut d);
            let mut p = "p";
            let mut q = "q";
            mem::swap(&mut p, &mut q);
            println!("{} {}", p, q);
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
