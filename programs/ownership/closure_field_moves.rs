// Edition 2021 captures fields: a closure that moves only some fields of a variable (a `move` closure
// naming `s.name`, or `|| { let x = s.a; }`) leaves the others with the owner, which may still use its
// Copy fields (rustle said E0382 for `s.n` after `move || (s.n, s.name)`); each moved field is dropped
// once, by the closure (rustle dropped a field moved out inside a closure body twice).
struct S2 { n: i32, name: String }
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
struct S { a: D, n: i32 }
struct T { name: String, tag: D, k: u8 }
fn run<F: FnOnce()>(f: F) { f(); }
fn main() {
    let s2 = S2 { n: 5, name: String::from("x") };
    let both = move || println!("{} {}", s2.n, s2.name);
    both();
    println!("s2.n {}", s2.n);
    let s = S { a: D("a"), n: 1 };
    let c = || { let x = s.a; println!("c {} {}", x.0, s.n); };
    println!("before call {}", s.n);
    c();
    println!("after {}", s.n);
    let t = T { name: String::from("nm"), tag: D("tag"), k: 7 };
    let m = move || { let tg = t.tag; println!("m {} {}", t.name, tg.0); };
    println!("t.k {}", t.k);
    m();
    println!("m called");
    let u = S { a: D("u"), n: 2 };
    {
        let never = move || { let _y = u.a; };
        println!("never called {}", u.n);
        let _ = &never;
    }
    println!("u.n {}", u.n);
    let w = S { a: D("w"), n: 3 };
    run(move || println!("run {}", w.a.0));
    println!("w.n {}", w.n);
    let mut p = S { a: D("p"), n: 4 };
    let mut inc = move || { p.n += 1; println!("inc {} {}", p.n, p.a.0); };
    inc();
    inc();
    println!("p.n {}", p.n);
}
