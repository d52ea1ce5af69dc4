// Function pointers: `fn(i32) -> i32` is 8 bytes holding the address of the function's code. Fn items,
// capture-free closures and tuple-struct constructors coerce to it.
use std::mem::size_of;

fn add_one(x: i32) -> i32 {
    x + 1
}

fn double(x: i32) -> i32 {
    x * 2
}

fn do_twice(f: fn(i32) -> i32, arg: i32) -> i32 {
    f(arg) + f(arg)
}

fn compose(f: fn(i32) -> i32, g: fn(i32) -> i32, x: i32) -> i32 {
    g(f(x))
}

fn choose(name: &str) -> fn(i32) -> i32 {
    match name {
        "double" => double,
        _ => add_one,
    }
}

struct Op {
    name: &'static str,
    run: fn(i32) -> i32,
}

fn main() {
    println!("{} {} {}", size_of::<fn(i32) -> i32>(), size_of::<Option<fn()>>(), size_of::<Op>());
    println!("The answer is: {}", do_twice(add_one, 5));
    let f: fn(i32) -> i32 = double;
    println!("{}", f(21));
    let square: fn(i32) -> i32 = |x| x * x;
    println!("{}", compose(square, add_one, 4));
    println!("{}", compose(|x| x - 1, double, 4));
    let table = [add_one, double, square];
    let mut acc = 1;
    for g in table.iter() {
        acc = g(acc);
    }
    println!("{acc}");
    println!("{} {}", choose("double")(8), choose("other")(8));
    let ops = vec![Op { name: "inc", run: add_one }, Op { name: "sq", run: square }];
    for op in &ops {
        println!("{} -> {}", op.name, (op.run)(7));
    }
    let g: fn(i32) -> i32 = double;
    let h: fn(i32) -> i32 = add_one;
    println!("same code: {} {}", f == g, f == h);
}
