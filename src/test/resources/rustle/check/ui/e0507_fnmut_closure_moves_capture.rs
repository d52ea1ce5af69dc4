//@ check-fail
// A closure that must be FnMut (a sort key, an iterator adapter's) cannot move a captured variable out;
// one passed where FnOnce is enough (Option::map) may.
fn main() {
    let mut list = [3, 1, 2];
    let mut ops = vec![];
    let value = String::from("closure called");
    list.sort_by_key(|r| {
        ops.push(value); //~ ERROR E0507
        *r
    });
    let label = String::from("x");
    let total: Vec<String> = list.iter().map(|_| label).collect(); //~ ERROR cannot move out of `label`, a captured variable in an `FnMut` closure
    let name = String::from("n");
    let once = Some(1).map(|_| name);
    println!("{:?} {:?} {:?}", ops, total, once);
}
