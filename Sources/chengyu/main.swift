import ChengyuCore
import ChengyuData
let d = EmbeddedDataset.load()
print(d.cities.count, d.agreements.count, d.policies.count)
let v = DatasetLoader.validate(directory: "data")
print(v)
