// Variants brought into scope with `use`, used in expressions and patterns.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use crate::List::{Cons, Nil};

enum Light {
    Red,
    Yellow,
    Green,
}

use Light::*;

fn sum(l: &List) -> i32 {
    match l {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

fn next(l: Light) -> Light {
    match l {
        Red => Green,
        Green => Yellow,
        Yellow => Red,
    }
}

fn name(l: &Light) -> &'static str {
    match l {
        Red => "red",
        Yellow => "yellow",
        Green => "green",
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{} {:?}", sum(&list), list);
    let mut l = Red;
    for _ in 0..4 {
        print!("{} ", name(&l));
        l = next(l);
    }
    println!();
}
