// Wrong on purpose: this program is fine, so the error it promises never comes.
//@ check-fail

fn main() {
    let n: i32 = 5; //~ ERROR E0308
    println!("{}", n);
}
