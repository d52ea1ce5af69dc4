// Closures capture what they use: by reference by default, by value with `move`. The closure's
// environment is a small struct of those captures; a returned closure must own what it uses.
fn make_adder(step: i32) -> impl Fn(i32) -> i32 {
    move |x| x + step
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let offset = 10;
    let add = |x: i32| x + offset;
    println!("{} {}", add(1), apply(add, 5));
    let mut count = 0;
    let mut bump = || count += 3;
    bump();
    bump();
    println!("count {}", count);
    let name = String::from("owned");
    let len = move || name.len();
    println!("{}", len());
    let add5 = make_adder(5);
    println!("{}", add5(1));
}
