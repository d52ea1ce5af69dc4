//@ check-fail
// Each iteration of a loop runs the same code: the first pass moves `name` into `names`, so the second
// pass would move a value that is already gone. rustc points at the move "in previous iteration of loop".
fn main() {
    let name = String::from("ada");
    let mut names: Vec<String> = Vec::new();
    for _ in 0..2 {
        names.push(name); //~ ERROR E0382
    }
    println!("{}", names.len());
}
