// Wrong on purpose: the annotation points at the `let`, but the error is reported on the value's line.

fn main() {
    let n: i32 =
        "five";
    //~^^ ERROR E0308
    println!("{}", n);
}
