// Assigning a String moves it: the old name no longer owns the heap buffer and cannot be used.

fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{} {}", s, t); //~ ERROR E0382
    let v = vec![1, 2, 3];
    drop(v);
    let n = v.len();
    //~^ ERROR borrow of moved value: `v`
    println!("{}", n);
}
