import { Type } from 'typebox'
import { b, strings } from '../kit.js'

// Zoom documents `field` as required when a tracking field is created (the generated body has it optional).
export const CreateTrackingFieldBody = Type.Object({
  field: Type.String(),
  recommended_values: strings(),
  required: b(),
  visible: b(),
})

export const FieldIdParams = Type.Object({ fieldId: Type.String({ minLength: 1 }) })
