//@ check-fail
// `==` and `<` on a type with no PartialEq / PartialOrd impl (not derived), also inside std types.
struct Plain { v: i32 }
#[derive(PartialEq)]
struct Eqish { v: i32 }

fn main() {
    let a = Plain { v: 1 };
    let b = Plain { v: 1 };
    if a == b { //~ ERROR binary operation `==` cannot be applied to type `Plain`
        println!("eq");
    }
    if &a != &b {} //~ ERROR E0369
    let c = Eqish { v: 1 };
    if c == c && c < c {} //~ ERROR binary operation `<` cannot be applied to type `Eqish`
    let v1 = vec![Plain { v: 2 }];
    if v1 == v1 {} //~ ERROR E0369
    if Some(Eqish { v: 3 }) == None {
        println!("{} {}", a.v, c.v);
    }
}
