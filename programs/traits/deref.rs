// A user smart pointer: `*y` calls Deref::deref, methods of the target are found through it, and
// `&m` where `&str` is expected derefs MyBox<String> -> String -> str (deref coercion).
use std::ops::{Deref, DerefMut};

struct MyBox<T>(T);

impl<T> MyBox<T> {
    fn new(x: T) -> MyBox<T> {
        MyBox(x)
    }
}

impl<T> Deref for MyBox<T> {
    type Target = T;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<T> DerefMut for MyBox<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

struct Loud {
    inner: Vec<i32>,
}

impl Deref for Loud {
    type Target = Vec<i32>;

    fn deref(&self) -> &Vec<i32> {
        println!("(deref)");
        &self.inner
    }
}

fn hello(name: &str) {
    println!("Hello, {name}!");
}

fn total(xs: &[i32]) -> i32 {
    let mut t = 0;
    for x in xs {
        t += x;
    }
    t
}

fn main() {
    let x = 5;
    let y = MyBox::new(x);
    assert_eq!(5, x);
    assert_eq!(5, *y);
    println!("{}", *y + 1);

    let m = MyBox::new(String::from("Rust"));
    hello(&m);
    hello(&(*m)[..]);
    println!("{} {} {}", m.len(), m.to_uppercase(), m.contains("us"));

    let mut n = MyBox::new(10);
    *n += 5;
    *n = *n * 2;
    println!("{}", *n);

    let l = Loud { inner: vec![1, 2, 3] };
    println!("{}", l.len());
    println!("{}", total(&l));
}
